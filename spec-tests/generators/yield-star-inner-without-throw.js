// esid: sec-generator-function-definitions-runtime-semantics-evaluation
// If the inner iterator has no throw method, yield* closes it and throws a TypeError.
const inner = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 'v', done: false }; },
  return() { console.log('inner.return called'); return {}; },
};
function* outer() {
  try {
    yield* inner;
  } catch (e) {
    console.log('outer caught', e.constructor.name);
  }
}
const g = outer();
g.next();
const r = g.throw('anything');
console.log(r.value, r.done);
