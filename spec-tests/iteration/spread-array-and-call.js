// esid: sec-runtime-semantics-arrayaccumulation
// Spread in array literals and call arguments drains the iterator and never calls return().
function src(tag) {
  let i = 0;
  return {
    [Symbol.iterator]() { console.log(tag, '@@iterator'); return this; },
    next() { i++; console.log(tag, 'next', i); return { value: tag + i, done: i > 2 }; },
    return() { console.log('return?'); return {}; },
  };
}
const arr = [0, ...src('arr'), 9];
console.log(arr.join(','));
function f(...args) { return args.join('|'); }
console.log(f('x', ...src('call'), 'y'));
