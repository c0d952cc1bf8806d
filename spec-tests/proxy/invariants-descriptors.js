// esid: sec-proxy-object-internal-methods-and-internal-slots-getownproperty-p
// The invariants of [[GetOwnProperty]] and [[DefineOwnProperty]].
const t = {};
Object.defineProperty(t, 'nc', { value: 1, writable: true, configurable: false });
const show = (f) => {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
show(() => Object.getOwnPropertyDescriptor(new Proxy(t, { getOwnPropertyDescriptor() { return 1; } }), 'nc'));
show(() => Object.getOwnPropertyDescriptor(new Proxy(t, { getOwnPropertyDescriptor() {} }), 'nc'));
show(() => Object.getOwnPropertyDescriptor(new Proxy({}, {
  getOwnPropertyDescriptor() { return { value: 1, configurable: false }; },
}), 'x'));
show(() => Object.getOwnPropertyDescriptor(new Proxy(Object.preventExtensions({ y: 1 }), {
  getOwnPropertyDescriptor() {},
}), 'y'));
show(() => Object.getOwnPropertyDescriptor(new Proxy({}, {
  getOwnPropertyDescriptor() { return { value: 7, configurable: true, enumerable: true }; },
}), 'z'));
show(() => Object.defineProperty(new Proxy(Object.preventExtensions({}), {
  defineProperty() { return true; },
}), 'a', { value: 1 }));
show(() => Object.defineProperty(new Proxy({}, {
  defineProperty() { return true; },
}), 'a', { value: 1, configurable: false }));
show(() => Object.defineProperty(new Proxy({}, { defineProperty() { return false; } }), 'a', { value: 1 }));
show(() => Reflect.defineProperty(new Proxy({}, { defineProperty() { return false; } }), 'a', { value: 1 }));
show(() => Object.defineProperty(new Proxy(t, {
  defineProperty() { return true; },
}), 'nc', { value: 1, writable: false, configurable: false }));
const seen = [];
const p = new Proxy({}, {
  defineProperty(target, key, desc) {
    seen.push(key + ' ' + JSON.stringify(desc));
    return Reflect.defineProperty(target, key, desc);
  },
});
p.x = 1;
Object.defineProperty(p, 'y', { get() { return 2; }, enumerable: true });
console.log(seen);
console.log(p);
