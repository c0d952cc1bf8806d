// esid: sec-toobject
// Primitives are wrapped for property access; wrapper objects differ from primitives.
const s = 'str';
s.extra = 1;
console.log(s.extra, typeof s, typeof Object(s), typeof new String(s));
const n = new Number(5);
console.log(n + 1, typeof n, n instanceof Number, n == 5, n === 5);
const b = new Boolean(false);
console.log(b ? 'object is truthy' : 'falsy', b.valueOf());
console.log(Object(1) instanceof Number, Object('x').length);
console.log(String.prototype.toUpperCase.call('x'), Number.prototype.toString.call(255, 16));
