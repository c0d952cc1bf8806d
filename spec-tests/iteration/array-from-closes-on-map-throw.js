// esid: sec-array.from
// If the map function throws, Array.from closes the iterator.
const it = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { console.log('return()'); return {}; },
};
try {
  Array.from(it, () => { throw new Error('mapper'); });
} catch (e) {
  console.log('caught', e.message);
}
