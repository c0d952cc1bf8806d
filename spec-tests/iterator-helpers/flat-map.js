// esid: sec-iterator.prototype.flatmap
// flatMap flattens iterables and iterators (not strings); return() closes the inner iterator, then the outer.
function* words() {
  try {
    yield 'ab';
    yield 'cd';
  } finally {
    console.log('outer closed');
  }
}
console.log(words().flatMap((w) => w.split('')).toArray());
console.log([1, 2].values().flatMap((x) => new Set([x, x * 10])).toArray());
console.log([1].values().flatMap(() => ({ next() { return { done: true }; } })).toArray());
try {
  [1].values().flatMap((x) => 'string').toArray();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function* inner(tag) {
  try {
    yield `${tag}1`;
    yield `${tag}2`;
  } finally {
    console.log('inner closed', tag);
  }
}
const fm = words().flatMap((w) => inner(w));
console.log(fm.next().value);
console.log(fm.return(), fm.next());
