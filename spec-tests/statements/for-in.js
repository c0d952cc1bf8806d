// esid: sec-for-in-and-for-of-statements
// for-in enumerates enumerable string keys, own first then inherited, integer keys ascending.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.b = 1; o[2] = 'x'; o.a = 2; o[1] = 'y';
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
o[Symbol('s')] = 4;
const keys = [];
for (const k in o) keys.push(k);
console.log(keys);
const arr = ['p', 'q'];
arr.extra = true;
const ak = [];
for (const i in arr) ak.push(typeof i + ':' + i);
console.log(ak);
let n = 0;
for (const k in null) n++;
for (const k in undefined) n++;
console.log(n);
const s = [];
for (const i in 'hey') s.push(i);
console.log(s);
var x;
for (x in { m: 1, n: 2 });
console.log(x);
