// esid: host-console-proxy
// console.log of proxies: Node formats the target inside Proxy(…) without running traps.
const noisy = { get() { throw new Error('trap ran'); }, ownKeys() { throw new Error('trap ran'); } };
console.log(new Proxy({ a: 1, nested: { b: [1, 2] } }, noisy));
console.log(new Proxy([1, 2, 3], noisy));
console.log(new Proxy(function named() {}, noisy));
console.log(new Proxy(class K {}, noisy));
console.log(new Proxy(new Map([[1, 'one']]), noisy));
console.log(new Proxy(new Set([1]), noisy));
console.log(new Proxy(Object.create(null), noisy));
console.log(new Proxy(new Proxy({ deep: true }, {}), noisy));
console.log({ inside: new Proxy({ v: 1 }, noisy), list: [new Proxy({}, noisy)] });
const r = Proxy.revocable({}, {});
r.revoke();
console.log(r.proxy, [r.proxy], { r: r.proxy });
console.log(new Proxy({ a: { b: { c: { d: 1 } } } }, {}));
class Thing { constructor() { this.z = 1; } }
console.log(new Proxy(new Thing(), noisy));
console.log(String(new Proxy({}, {})), `${new Proxy([1, 2], {})}`);
console.log([new Proxy({ k: 'v' }, {})].toString());
