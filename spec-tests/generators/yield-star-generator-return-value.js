// esid: sec-generator-function-definitions-runtime-semantics-evaluation
// yield* over a generator evaluates to that generator's return value.
function* inner() { yield 1; yield 2; return 'inner result'; }
function* outer() {
  const r = yield* inner();
  yield r;
  yield* [3, 4];
}
console.log([...outer()].join(','));
