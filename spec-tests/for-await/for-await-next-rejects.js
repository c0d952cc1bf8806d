// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// If next() rejects, for-await throws without calling return().
const source = {
  [Symbol.asyncIterator]() { return this; },
  i: 0,
  next() {
    this.i++;
    return this.i < 2 ? Promise.resolve({ value: this.i, done: false }) : Promise.reject(new Error('next failed'));
  },
  return() { console.log('return should not be called'); return Promise.resolve({ done: true }); },
};
(async () => {
  try {
    for await (const v of source) console.log('v', v);
  } catch (e) {
    console.log('caught', e.message);
  }
})();
