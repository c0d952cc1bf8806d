// esid: sec-array-initializer
// Array literals: elisions, trailing commas, length.
const a = [1, 2, 3,];
console.log(a.length, a);
const b = [, , 1];
console.log(b.length, 0 in b, 2 in b);
const c = [1, , 3];
console.log(c.length, 1 in c, c[1]);
const d = [];
console.log(d.length, d);
const e = [[1, 2], [3]];
console.log(e.length, e[0].length, e[1][0]);
console.log([undefined].length, 0 in [undefined]);
