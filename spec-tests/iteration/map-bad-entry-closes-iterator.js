// esid: sec-map-constructor
// A non-object entry makes new Map throw a TypeError after closing the iterator.
const it = {
  i: 0,
  [Symbol.iterator]() { return this; },
  next() { this.i++; return { value: this.i === 1 ? ['ok', 1] : 'bad', done: false }; },
  return() { console.log('return() at', this.i); return {}; },
};
try {
  new Map(it);
} catch (e) {
  console.log('caught', e.constructor.name);
}
