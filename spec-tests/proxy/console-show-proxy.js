// esid: host-console-show-proxy
// %o and console.dir's showProxy show a proxy as Proxy [ target, handler ].
const r = Proxy.revocable({}, {}); r.revoke();
console.log('%o', r.proxy);
console.log('%o', { p: new Proxy([1, 2], { get() {} }) });
console.log('%o', new Proxy(new Proxy({}, {}), {}));
console.log('%o', { a: { b: { c: { d: new Proxy({ e: 1 }, {}) } } } });
console.log('%o', new Proxy(function f() {}, { apply() {} }));
console.dir(new Proxy({ a: 1 }, {}), { showProxy: true });
console.dir(new Proxy({ a: 1 }, {}), { showProxy: false });
console.dir(new Proxy({ a: 1 }, {}));
console.log('%O', new Proxy({ a: 1 }, {}));
