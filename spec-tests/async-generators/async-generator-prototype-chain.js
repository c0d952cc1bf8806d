// esid: sec-properties-of-asyncgenerator-prototype
// Async generator objects: prototype chain, typeof and toString tags.
async function* ag() {}
const it = ag();
const AGProto = Object.getPrototypeOf(ag.prototype);
const AsyncIterProto = Object.getPrototypeOf(AGProto);
const ts = (v) => Object.prototype.toString.call(v);
console.log(Object.getPrototypeOf(it) === ag.prototype);
console.log(Object.getPrototypeOf(AsyncIterProto) === Object.prototype);
console.log(AsyncIterProto[Symbol.asyncIterator].call(it) === it);
console.log(typeof ag, typeof it, ts(ag), ts(it));
console.log(typeof it.next, typeof it[Symbol.iterator]);
console.log(it.next() instanceof Promise);
