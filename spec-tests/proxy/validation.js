// esid: sec-validatenonrevokedproxy
// Traps that are not functions, handlers that throw, and nested proxies.
const show = (f) => {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
show(() => new Proxy({}, { get: 1 }).x);
show(() => new Proxy({}, { get: 'str' }).x);
show(() => new Proxy({}, { get: null }).x);
show(() => new Proxy({}, { get() { throw new RangeError('from the trap'); } }).x);
show(() => new Proxy({ a: 1 }, { get: undefined }).a);
const handlerProxy = new Proxy({}, {
  get(t, name) { console.log('handler lookup', name); return undefined; },
});
const p = new Proxy({ v: 42 }, handlerProxy);
show(() => p.v);
show(() => 'v' in p);
let inner = { depth: 0 };
for (let i = 0; i < 50; i++) inner = new Proxy(inner, {});
show(() => inner.depth);
let deep = {};
for (let i = 0; i < 100000; i++) deep = new Proxy(deep, {});
show(() => deep.anything);
