// esid: sec-number.isinteger
// Number.isInteger, isSafeInteger, isFinite, isNaN versus the global coercing versions.
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'), Number.isInteger(Infinity));
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(-0));
console.log(Number.isFinite('1'), isFinite('1'), Number.isFinite(1 / 0), isFinite(null));
console.log(Number.isNaN('abc'), isNaN('abc'), Number.isNaN(NaN), isNaN(undefined), isNaN(''));
