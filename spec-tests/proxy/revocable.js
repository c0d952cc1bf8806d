// esid: sec-proxy.revocable
// Proxy.revocable, its revoker, and every operation on a revoked proxy.
const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
console.log(proxy.a, typeof revoke, revoke.length, JSON.stringify(revoke.name));
console.log(Object.keys(Proxy.revocable({}, {})));
console.log(revoke(), revoke());
const ops = {
  get: () => proxy.a,
  set: () => { proxy.a = 2; },
  has: () => 'a' in proxy,
  delete: () => delete proxy.a,
  keys: () => Object.keys(proxy),
  proto: () => Object.getPrototypeOf(proxy),
  isArray: () => Array.isArray(proxy),
  typeof: () => typeof proxy,
  toString: () => Object.prototype.toString.call(proxy),
};
for (const [name, f] of Object.entries(ops)) {
  try { console.log(name, f()); } catch (e) { console.log(name, e.constructor.name + ': ' + e.message); }
}
const fn = Proxy.revocable(function () { return 1; }, {});
fn.revoke();
try { fn.proxy(); } catch (e) { console.log(e.message); }
console.log(typeof fn.proxy);
try { new Proxy(proxy, {}); console.log('a revoked proxy can be a target'); } catch (e) { console.log(e.message); }
try { Proxy({}, {}); } catch (e) { console.log(e.message); }
try { new Proxy(1, {}); } catch (e) { console.log(e.message); }
try { new Proxy({}, null); } catch (e) { console.log(e.message); }
console.log(Proxy.length, Proxy.name, 'prototype' in Proxy);
