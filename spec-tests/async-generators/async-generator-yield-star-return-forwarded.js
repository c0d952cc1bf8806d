// esid: sec-asyncgenerator-prototype-return
// return() on an outer async generator suspended in yield* is forwarded to the inner one.
async function* inner() {
  try {
    yield 'inner 1';
    yield 'inner 2';
  } finally {
    console.log('inner finally');
  }
}
async function* outer() {
  try {
    yield* inner();
  } finally {
    console.log('outer finally');
  }
}
(async () => {
  const it = outer();
  console.log((await it.next()).value);
  const r = await it.return('stop');
  console.log('return ->', r.value, r.done);
})();
