// esid: sec-iterator-constructor
// Iterator is abstract: new Iterator() throws, subclasses work; constructor and toStringTag are accessors.
try {
  new Iterator();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Iterator();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
class Countdown extends Iterator {
  constructor(n) { super(); this.n = n; }
  next() { return this.n > 0 ? { value: this.n--, done: false } : { value: undefined, done: true }; }
}
console.log(new Countdown(3).map((x) => x * x).toArray(), new Countdown(0) instanceof Iterator);
console.log(new Countdown(1));
const ctor = Object.getOwnPropertyDescriptor(Iterator.prototype, 'constructor');
console.log(typeof ctor.get, typeof ctor.set, ctor.enumerable, ctor.configurable, Iterator.prototype.constructor === Iterator);
const tag = Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.toStringTag);
console.log(typeof tag.get, Iterator.prototype[Symbol.toStringTag]);
// Setting through the accessor defines an own property on the receiver, never on Iterator.prototype.
const own = Object.create(Iterator.prototype);
own[Symbol.toStringTag] = 'Mine';
own.constructor = 'c';
console.log(Object.getOwnPropertyNames(own), own[Symbol.toStringTag], Iterator.prototype[Symbol.toStringTag]);
try {
  Iterator.prototype[Symbol.toStringTag] = 'x';
  console.log('no throw in sloppy mode?', Iterator.prototype[Symbol.toStringTag]);
} catch (e) {
  console.log(e.constructor.name);
}
console.log(Iterator.length, Iterator.name, Object.getOwnPropertyNames(Iterator).sort());
console.log(Iterator.prototype, Iterator);
