// esid: sec-definefield
// Public and private instance fields, initialiser order and this in initialisers.
let order = [];
class F {
  a = (order.push('a'), 1);
  b = this.a + 1;
  #p = 'private';
  ['comp' + 'uted'] = 3;
  constructor() { order.push('ctor'); }
  getP() { return this.#p; }
  has(o) { return #p in o; }
}
const f = new F();
console.log(f.a, f.b, f.computed, f.getP(), order);
console.log(Object.keys(f));
console.log(f.has(f), f.has({}));
class Base { constructor() { order = []; order.push('base'); } }
class Derived extends Base { x = order.push('field'); constructor() { super(); order.push('derived'); } }
new Derived();
console.log(order);
class Counter { #n = 0; inc() { return ++this.#n; } }
const c = new Counter(); c.inc();
console.log(c.inc());
try { Counter.prototype.inc.call({}); } catch (e) { console.log(e.name); }
