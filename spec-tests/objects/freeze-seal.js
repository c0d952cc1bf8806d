// esid: sec-object.freeze
// freeze, seal and preventExtensions and their predicates.
const f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 9; f.c = 3; delete f.a;
f.nested.b = 20;
console.log(f.a, f.c, f.nested.b, Object.isFrozen(f), Object.isFrozen(f.nested));
const s = Object.seal({ a: 1 });
s.a = 2; s.b = 3; delete s.a;
console.log(s.a, s.b, Object.isSealed(s), Object.isFrozen(s));
const p = Object.preventExtensions({ a: 1 });
p.b = 1; delete p.a;
console.log(p.a, p.b, Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));
console.log(Object.isFrozen(1), Object.freeze(5), Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})));
const arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { console.log(e.name, e.message); }
console.log(arr.length);
