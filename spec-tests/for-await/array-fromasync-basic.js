// esid: sec-array.fromasync
// Array.fromAsync collects an async generator, a sync iterable of promises and an array-like.
async function* g() { yield 1; await null; yield 2; }
(async () => {
  console.log((await Array.fromAsync(g())).join(','));
  console.log((await Array.fromAsync([Promise.resolve('a'), 'b'])).join(','));
  console.log((await Array.fromAsync({ length: 2, 0: 'x', 1: Promise.resolve('y') })).join(','));
  console.log((await Array.fromAsync([1, 2], async (v) => v * 10)).join(','));
})();
