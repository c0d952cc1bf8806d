// esid: sec-method-definitions
// Generator methods in classes (instance, static, computed, Symbol.iterator) and object literals.
class Bag {
  constructor(...items) { this.items = items; }
  *[Symbol.iterator]() { for (const x of this.items) yield x; }
  *pairs() { for (let i = 0; i < this.items.length; i++) yield i + '=' + this.items[i]; }
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
}
const name = 'evens';
const obj = { *[name]() { yield 0; yield 2; yield 4; }, *gen() { yield* 'hi'; } };
const bag = new Bag('x', 'y');
console.log([...bag].join(','), [...bag.pairs()].join(','), [...Bag.range(3)].join(','));
console.log([...obj.evens()].join(','), [...obj.gen()].join(','));
