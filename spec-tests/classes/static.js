// esid: sec-class-definitions
// Static methods, fields and blocks live on the constructor and are inherited.
class Counter {
  static count = 0;
  static #secret = 'hidden';
  static increment() { return ++Counter.count; }
  static reveal() { return Counter.#secret; }
  static { Counter.initialised = 'yes'; }
}
Counter.increment(); Counter.increment();
console.log(Counter.count, Counter.reveal(), Counter.initialised);
class Sub extends Counter {}
console.log(Sub.increment(), Sub.count, Object.hasOwn(Sub, 'count'));
const c = new Counter();
console.log(c.increment, typeof Counter.increment);
class WithThis { static x = 1; static y = this.x + 1; static who() { return this.name; } }
console.log(WithThis.y, WithThis.who());
class SubWho extends WithThis {}
console.log(SubWho.who());
