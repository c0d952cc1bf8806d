// esid: sec-getiterator
// An object with both @@asyncIterator and @@iterator: for-await uses @@asyncIterator, for-of @@iterator.
const both = {
  [Symbol.asyncIterator]() { console.log('async protocol'); return { i: 0, next() { this.i++; return Promise.resolve({ value: 'async' + this.i, done: this.i > 1 }); } }; },
  [Symbol.iterator]() { console.log('sync protocol'); return ['sync1'][Symbol.iterator](); },
};
for (const v of both) console.log(v);
(async () => {
  for await (const v of both) console.log(v);
})();
