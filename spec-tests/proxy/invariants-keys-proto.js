// esid: sec-proxy-object-internal-methods-and-internal-slots-ownpropertykeys
// The invariants of [[OwnPropertyKeys]], [[GetPrototypeOf]], [[SetPrototypeOf]],
// [[IsExtensible]] and [[PreventExtensions]].
const show = (f) => {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
show(() => Object.keys(new Proxy({}, { ownKeys() { return ['a', 'a']; } })));
show(() => Object.keys(new Proxy({}, { ownKeys() { return [1]; } })));
show(() => Object.keys(new Proxy({}, { ownKeys() { return 'ab'; } })));
const nc = Object.defineProperty({}, 'k', { value: 1 });
show(() => Reflect.ownKeys(new Proxy(nc, { ownKeys() { return []; } })));
show(() => Reflect.ownKeys(new Proxy(Object.preventExtensions({ a: 1 }), { ownKeys() { return ['a', 'b']; } })));
show(() => Reflect.ownKeys(new Proxy({}, { ownKeys() { return ['z', Symbol.iterator, 'a']; } })));
show(() => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf() { return 1; } })));
show(() => Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf() { return Array.prototype; } })));
const proto = { hello: 'world' };
const p = new Proxy({}, { getPrototypeOf() { return proto; } });
console.log(Object.getPrototypeOf(p) === proto, proto.isPrototypeOf(p), p instanceof Object);
show(() => Object.setPrototypeOf(new Proxy({}, { setPrototypeOf() { return false; } }), null));
show(() => Reflect.setPrototypeOf(new Proxy({}, { setPrototypeOf() { return false; } }), null));
show(() => Object.setPrototypeOf(new Proxy(Object.preventExtensions({}), { setPrototypeOf() { return true; } }), {}));
show(() => Object.isExtensible(new Proxy({}, { isExtensible() { return false; } })));
show(() => Object.preventExtensions(new Proxy({}, { preventExtensions() { return true; } })));
show(() => Object.preventExtensions(new Proxy({}, { preventExtensions() { return false; } })));
show(() => Reflect.preventExtensions(new Proxy({}, { preventExtensions() { return false; } })));
show(() => Object.isFrozen(new Proxy(Object.freeze({ a: 1 }), {})));
show(() => Object.freeze(new Proxy({ a: 1 }, {})));
const arr = { length: 3, get 0() { console.log('get 0'); return 'a'; }, get 1() { console.log('get 1'); return 1; }, get 2() { console.log('get 2'); return 'c'; } };
try { Reflect.ownKeys(new Proxy({}, { ownKeys() { return arr; } })); } catch (e) { console.log(e.message); }
try { Reflect.ownKeys(new Proxy({}, { ownKeys() { return [{}]; } })); } catch (e) { console.log(e.message); }
try { Reflect.ownKeys(new Proxy({}, { ownKeys() { return [undefined]; } })); } catch (e) { console.log(e.message); }
