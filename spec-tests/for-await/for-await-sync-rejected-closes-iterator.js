// esid: sec-asyncfromsynciteratorcontinuation
// A sync iterator yielding a rejected promise: for-await throws, and the sync iterator's return() is called.
const it = {
  i: 0,
  [Symbol.iterator]() { return this; },
  next() {
    this.i++;
    console.log('sync next', this.i);
    if (this.i === 2) return { value: Promise.reject(new Error('bad item')), done: false };
    return { value: this.i, done: false };
  },
  return() { console.log('sync return called'); return { done: true }; },
};
(async () => {
  try {
    for await (const v of it) console.log('loop', v);
  } catch (e) {
    console.log('caught', e.message);
  }
})();
