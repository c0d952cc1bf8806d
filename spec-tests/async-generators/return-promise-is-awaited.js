// esid: sec-asyncgeneratorcompletestep
// return of a promise from an async generator is awaited before completing.
async function* g() {
  yield 1;
  return new Promise(r => setTimeout(() => r('late return'), 10));
}
(async () => {
  const it = g();
  await it.next();
  const r = await it.next();
  console.log(r.value, r.done);
})();
