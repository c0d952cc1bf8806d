// esid: sec-createasyncfromsynciterator
// yield* over a sync iterable in an async generator awaits each value (promises included).
async function* g() {
  yield* ['plain', Promise.resolve('promised'), new Promise(r => setTimeout(() => r('late'), 10))];
  yield* (function* () { yield 'from sync gen'; })();
}
(async () => {
  for await (const v of g()) console.log(v);
})();
