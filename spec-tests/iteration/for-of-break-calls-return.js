// esid: sec-iteratorclose
// break out of for-of calls return() once; normal completion does not.
function src(n) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; console.log('next', i); return { value: i, done: i > n }; },
    return() { console.log('return called at', i); return {}; },
  };
}
for (const v of src(5)) { if (v === 2) break; }
console.log('--');
for (const v of src(2)) {}
console.log('done');
