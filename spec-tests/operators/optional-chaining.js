// esid: sec-optional-chains
// ?. short-circuits the whole chain on null/undefined.
const o = { a: { b: { c: 1 } }, f() { return 'called'; }, arr: [10, 20] };
console.log(o?.a?.b?.c, o.x?.b.c, o.x?.b.c.d.e);
console.log(o.f?.(), o.g?.(), o.arr?.[1], o.none?.[0]);
const n = null;
console.log(n?.x, n?.[0], n?.());
let count = 0;
n?.[count++];
console.log(count);
console.log((o.x?.b)?.c);
console.log(o?.['a']?.['b']?.c);
const getThis = { v: 7, m() { return this.v; } };
console.log(getThis?.m(), getThis.m?.());
console.log(delete o?.a, o.a, delete n?.a);
