// esid: sec-asynciterable-interface
// for-await over a hand-written async iterable logs every protocol call.
const source = {
  [Symbol.asyncIterator]() {
    console.log('@@asyncIterator');
    let i = 0;
    return {
      next() {
        i++;
        console.log('next', i);
        return Promise.resolve({ value: i * 100, done: i > 3 });
      },
      return() { console.log('return'); return Promise.resolve({ done: true }); },
    };
  },
};
(async () => {
  for await (const v of source) console.log('value', v);
  console.log('end');
})();
