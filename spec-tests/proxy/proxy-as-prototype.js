// esid: sec-ordinaryhasinstance
// A proxy as a prototype: method lookup, instanceof, and a class extending a proxy.
const traps = [];
const base = new Proxy({ greet() { return 'hi from ' + this.name; } }, {
  get(t, k, r) { if (typeof k === 'string') traps.push(k); return Reflect.get(t, k, r); },
});
const o = Object.create(base);
o.name = 'o';
console.log(o.greet(), traps);
function F() {}
F.prototype = new Proxy({}, { getPrototypeOf() { return Array.prototype; } });
console.log(new F() instanceof F, new F() instanceof Array);
const Base = new Proxy(class Base { hello() { return 'hello'; } }, {});
class Derived extends Base {}
const d = new Derived();
console.log(d.hello(), d instanceof Base, d instanceof Derived, Object.getPrototypeOf(Derived) === Base);
console.log(Object.prototype.toString.call(d));
