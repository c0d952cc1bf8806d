// esid: sec-destructuring-binding-patterns
// Array binding patterns: holes, defaults, rest, nesting.
const [a, , b = 'def', ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
const [[x, y], [z]] = [[1, 2], [3]];
console.log(x, y, z);
const [p = 1, q = p + 1] = [];
console.log(p, q);
const [s1, s2] = 'hi';
console.log(s1, s2);
const [n = 'default'] = [null];
console.log(n);
const [m1, m2] = new Map([['k', 'v']]);
console.log(m1, m2);
try { const [oops] = null; } catch (e) { console.log(e.name); }
