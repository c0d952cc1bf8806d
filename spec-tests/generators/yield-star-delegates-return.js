// esid: sec-generator-function-definitions-runtime-semantics-evaluation
// return() on the outer generator is forwarded to the inner iterator's return.
const inner = {
  [Symbol.iterator]() { return this; },
  next() { console.log('inner.next'); return { value: 'x', done: false }; },
  return(v) { console.log('inner.return', v); return { value: 'inner says ' + v, done: true }; },
};
function* outer() {
  try {
    yield* inner;
  } finally {
    console.log('outer finally');
  }
}
const g = outer();
g.next();
const r = g.return('bye');
console.log(r.value, r.done);
