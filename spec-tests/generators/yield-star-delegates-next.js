// esid: sec-generator-function-definitions-runtime-semantics-evaluation
// yield* forwards next values to a hand-written inner iterator and logs each call.
const inner = {
  i: 0,
  [Symbol.iterator]() { console.log('inner @@iterator'); return this; },
  next(v) {
    console.log('inner.next', v);
    this.i++;
    return { value: 'i' + this.i, done: this.i > 2 };
  },
};
function* outer() {
  const result = yield* inner;
  console.log('yield* result', result);
  yield 'outer own';
}
const g = outer();
console.log(g.next('a').value);
console.log(g.next('b').value);
console.log(g.next('c').value);
console.log(g.next('d').done);
