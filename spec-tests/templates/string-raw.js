// esid: sec-string.raw
// String.raw keeps escapes as written.
console.log(String.raw`a\nb\t${1 + 1}\\`);
console.log(String.raw`\u0041`.length);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3, 4));
console.log(String.raw({ raw: 'abc' }, '-', '+'));
console.log(String.raw``);
