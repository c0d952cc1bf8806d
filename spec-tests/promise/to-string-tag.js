// esid: sec-promise.prototype-%symbol.tostringtag%
const d = Object.getOwnPropertyDescriptor(Promise.prototype, Symbol.toStringTag);
console.log(d.value, d.writable, d.enumerable, d.configurable);
console.log(Object.prototype.toString.call(Promise.resolve()), String(Promise.resolve()));
console.log(Promise.resolve(1), Promise.reject(2).catch(() => {}), new Promise(() => {}));
const r = Promise.reject(3); r.catch(() => {}); console.log(r);
class Sub extends Promise {} console.log(Sub.resolve([1, 2]));
