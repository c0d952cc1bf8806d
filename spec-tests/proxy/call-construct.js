// esid: sec-proxy-object-internal-methods-and-internal-slots-call-thisargument-argumentslist
// [[Call]] and [[Construct]] through the apply and construct traps.
function sum(a, b) { return a + b; }
const traced = new Proxy(sum, {
  apply(target, thisArg, args) {
    console.log('apply', target.name, thisArg, args);
    return target.apply(thisArg, args) * 10;
  },
});
console.log(traced(1, 2));
console.log(traced.call('self', 3, 4));
console.log(typeof traced, typeof new Proxy({}, {}), typeof new Proxy(class {}, {}));

class Point { constructor(x, y) { this.x = x; this.y = y; } }
const P = new Proxy(Point, {
  construct(target, args, newTarget) {
    console.log('construct', target.name, args, newTarget === P);
    return new target(...args.map((n) => n * 2));
  },
});
console.log(new P(1, 2));
class Sub extends P {}
console.log(new Sub(5, 6));
const bad = new Proxy(function () {}, { construct() { return 1; } });
try { new bad(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new (new Proxy(() => {}, {}))(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Proxy({}, {})(); } catch (e) { console.log(e.constructor.name, e.message); }
const noTrap = new Proxy(sum, {});
console.log(noTrap(20, 22), noTrap.length, noTrap.name);
console.log(Function.prototype.toString.call(noTrap));
