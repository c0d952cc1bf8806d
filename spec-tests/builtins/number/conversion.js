// esid: sec-tonumber-applied-to-the-string-type
// Number() conversion of strings and other values.
console.log(Number('42'), Number(' 42 '), Number(''), Number('4 2'), Number('0b101'), Number('0o17'), Number('0x'));
console.log(Number('1e3'), Number('.5'), Number('5.'), Number('+5'), Number('-Infinity'), Number('1,000'));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number(['7']), Number([1, 2]), Number({}));
console.log(Number(), Number('\n\t 12 \n'), Number('12px'), Number('-0x10'), Number('1__0'));
try { Number(Symbol()); } catch (e) { console.log(e.name, e.message); }
