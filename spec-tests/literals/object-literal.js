// esid: sec-object-initializer
// Object literals: shorthand, computed keys, methods, __proto__, duplicates, numeric keys.
const x = 1, y = 2;
const o = { x, y, ['z' + 1]: 3, 'a-b': 4, 5: 'five' };
console.log(o);
console.log(o.z1, o['a-b'], o[5], o['5']);
const m = { f() { return 'method'; }, get g() { return 'getter'; } };
console.log(m.f(), m.g);
const dup = { a: 1, a: 2 };
console.log(dup.a, Object.keys(dup).length);
const p = { __proto__: { inherited: true } };
console.log(p.inherited, Object.keys(p).length);
const q = { 1.5: 'a', 0x10: 'b' };
console.log(Object.keys(q));
console.log({}.constructor === Object);
