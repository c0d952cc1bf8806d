// esid: sec-destructuring-assignment
// Destructuring assignment to existing variables, properties and swaps.
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
const o = {};
({ x: o.first, y: o['second'] = 'dflt' } = { x: 'X' });
console.log(o);
const arr = [];
[arr[1], arr[0]] = ['one', 'zero'];
console.log(arr);
let m, n;
const result = ({ m, n } = { m: 3, n: 4 });
console.log(m, n, result.m);
let rest;
[, ...rest] = [1, 2, 3];
console.log(rest);
let x, y;
({ x = 10, y = x * 2 } = { x: undefined });
console.log(x, y);
