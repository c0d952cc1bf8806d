// esid: sec-generator-function-definitions-runtime-semantics-evaluation
// yield* in an async generator delegates to an async generator and returns its result.
async function* inner() {
  yield 'i1';
  await null;
  yield 'i2';
  return 'inner done';
}
async function* outer() {
  yield 'o1';
  const r = yield* inner();
  console.log('yield* gave', r);
  yield 'o2';
}
(async () => {
  const out = [];
  for await (const v of outer()) out.push(v);
  console.log(out.join(','));
})();
