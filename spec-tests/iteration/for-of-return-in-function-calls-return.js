// esid: sec-iteratorclose
// A return statement inside for-of closes the iterator before the function returns.
const it = {
  [Symbol.iterator]() { return this; },
  next() { console.log('next'); return { value: 'x', done: false }; },
  return() { console.log('return()'); return {}; },
};
function find() {
  for (const v of it) {
    console.log('found', v);
    return v + '!';
  }
}
console.log('result', find());
