// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// for-of over the keys/values/entries iterators of arrays, Maps and Sets.
const arr = ['p', 'q'];
const m = new Map([['k1', 'v1'], ['k2', 'v2']]);
const s = new Set(['s1', 's2']);
const out = [];
for (const [i, v] of arr.entries()) out.push(i + v);
for (const k of m.keys()) out.push(k);
for (const v of m.values()) out.push(v);
for (const [a, b] of s.entries()) out.push(a + '=' + b);
for (const i of arr.keys()) out.push(i);
console.log(out.join(' '));
