// esid: sec-proxy-object-internal-methods-and-internal-slots-set-p-v-receiver
// V8's messages for proxies: a proxy without a set trap words the refusal for its target.
const p = new Proxy({}, {});
const fp = new Proxy(function foo() {}, {});
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => p());
t(() => new p());
t(() => [].map(p));
t(() => Object.defineProperty(p, 'x', 1));
t(() => { 'use strict'; Object.freeze(p); p.x = 1; });
t(() => { 'use strict'; const q = Object.freeze(new Proxy({a: 1}, {})); q.a = 2; });
t(() => ({}) instanceof p);
t(() => ({}) instanceof fp);
t(() => Symbol() + p);
t(() => `${fp}`);
t(() => p.x.y);
t(() => new Promise(p));
t(() => String(p));
t(() => 1 in p);
t(() => class extends p {});
console.log('%s|%d|%i|%j|%o', p, p, p, p, 'x');
console.log('%s', fp);
console.log(JSON.stringify({ p, fp }));
t(() => Object.prototype.toString.call(fp));
t(() => Array.prototype.join.call(new Proxy([1,2], {})));
t(() => fp.call(null));
t(() => fp.bind(null).name);
t(() => Reflect.apply(fp, null, []));
t(() => p.toString());
