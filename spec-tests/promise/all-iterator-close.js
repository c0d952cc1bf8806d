// esid: sec-promise.all
// When PerformPromiseAll fails (here: promiseResolve throws), the iterator is closed and
// the result promise is rejected.
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; console.log('next', i); return { value: i, done: i > 3 }; },
      return() { console.log('return called'); return {}; },
    };
  },
};
class Bad extends Promise {
  static resolve(v) { if (v === 2) throw new Error('resolve failed'); return super.resolve(v); }
}
Bad.all(iterable).catch((e) => console.log('rejected:', e.message));
// An error thrown by next() itself does not close the iterator.
const broken = { [Symbol.iterator]() { return { next() { throw new Error('next failed'); }, return() { console.log('never'); } }; } };
Promise.all(broken).catch((e) => console.log('rejected:', e.message));
