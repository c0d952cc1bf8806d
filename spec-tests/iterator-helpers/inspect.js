// esid: sec-%iteratorhelperprototype%-object
// console.log of helpers, wrapped iterators, Iterator subclasses and the weak objects, nested and with own properties.
function* g(){ yield 1 }
const h = g().map(x => x);
console.log({ a: { b: { c: h, w: new WeakMap(), r: new WeakRef({}), f: new FinalizationRegistry(() => {}), i: Iterator.from({ next() {} }) } } });
h.extra = 1;
console.log(h, [h]);
class Sub extends Iterator { next() { return { done: true }; } }
console.log(new Sub(), Object.create(Iterator.prototype), Iterator.prototype.map);
console.log(Object.getOwnPropertyDescriptors(Iterator.prototype)[Symbol.toStringTag]);
console.log(Iterator.prototype.constructor, Object.keys(Iterator.prototype));
