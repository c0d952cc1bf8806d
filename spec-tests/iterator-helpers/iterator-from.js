// esid: sec-iterator.from
// Iterator.from returns iterators that inherit from Iterator.prototype as they are, and wraps the others.
const arrayIt = [1, 2].values();
console.log(Iterator.from(arrayIt) === arrayIt);
console.log(Iterator.from('hi').toArray(), Iterator.from(new Set([3])).toArray());
let n = 0;
const plain = { next() { return { value: n++, done: n > 3 }; } };
const wrapped = Iterator.from(plain);
console.log(wrapped === plain, wrapped instanceof Iterator, wrapped);
console.log(wrapped.map((x) => x * 2).toArray());
console.log(Iterator.from({ next() {} }).return());
const closable = { next() {}, return() { return { closed: true }; } };
console.log(Iterator.from(closable).return());
for (const bad of [1, null, undefined]) {
  try {
    Iterator.from(bad);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
