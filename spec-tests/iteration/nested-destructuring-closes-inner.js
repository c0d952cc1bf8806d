// esid: sec-runtime-semantics-iteratorbindinginitialization
// Nested array patterns: each inner iterator is closed when its pattern needs fewer values.
function src(name, items) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < items.length ? { value: items[i++], done: false } : { done: true }; },
    return() { console.log('close', name); return {}; },
  };
}
const [[a], [b, c] = []] = src('outer', [src('first', [1, 2]), src('second', [3, 4]), 'extra']);
console.log(a, b, c);
function params([x, y]) { return x + y; }
console.log(params(src('param', [10, 20, 30])));
