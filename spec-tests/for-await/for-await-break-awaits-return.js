// esid: sec-asynciteratorclose
// break awaits the async iterator's return() before the code after the loop runs.
const source = {
  [Symbol.asyncIterator]() { return this; },
  n: 0,
  next() { this.n++; return Promise.resolve({ value: this.n, done: false }); },
  return() {
    console.log('return() called');
    return new Promise(r => setTimeout(() => { console.log('return() settles'); r({ done: true }); }, 10));
  },
};
(async () => {
  for await (const v of source) {
    console.log('v', v);
    if (v === 2) break;
  }
  console.log('after loop');
})();
