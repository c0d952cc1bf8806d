// esid: sec-string.fromcharcode
// String.fromCharCode (UTF-16 code units, truncated to 16 bits) and String.fromCodePoint.
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(0x10041));
console.log(String.fromCharCode(0xd83d, 0xde00) === '😀', String.fromCodePoint(0x1f600).length);
console.log(String.fromCodePoint(65, 0x1f600, 66).length);
try { String.fromCodePoint(-1); } catch (e) { console.log(e.name, e.message); }
console.log(String.fromCharCode('65', 66.9));
