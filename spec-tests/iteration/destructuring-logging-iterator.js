// esid: sec-runtime-semantics-iteratorbindinginitialization
// Array destructuring: fewer targets than elements closes the iterator; exhausting it does not.
function src(name, items) {
  let i = 0;
  return {
    [Symbol.iterator]() { console.log(name, '@@iterator'); return this; },
    next() { console.log(name, 'next'); return i < items.length ? { value: items[i++], done: false } : { value: undefined, done: true }; },
    return() { console.log(name, 'return'); return {}; },
  };
}
const [a, b] = src('fewer', [1, 2, 3]);
console.log(a, b);
const [c, d, e] = src('more', [1, 2]);
console.log(c, d, e);
const [f, g] = src('exact', [1, 2]);
console.log(f, g);
const [] = src('empty-pattern', [1]);
