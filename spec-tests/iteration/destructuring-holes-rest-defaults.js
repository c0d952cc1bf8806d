// esid: sec-runtime-semantics-iteratorbindinginitialization
// Holes still call next; rest drains without return(); defaults are evaluated only for undefined.
function src(items) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { console.log('next', i); return i < items.length ? { value: items[i++], done: false } : { done: true }; },
    return() { console.log('return'); return {}; },
  };
}
const def = (v) => { console.log('default', v); return v; };
const [, second, , fourth = def('d4')] = src([1, 2, 3]);
console.log(second, fourth);
const [head, ...tail] = src(['h', 't1', 't2']);
console.log(head, tail.join('+'));
const [x = def('dx'), y = def('dy')] = src([null, undefined]);
console.log(x, y);
