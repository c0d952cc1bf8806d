// esid: sec-asyncgeneratoryield
// yield of a promise awaits it: the consumer receives the value, never the promise.
async function* g() {
  yield Promise.resolve('resolved value');
  yield new Promise(r => setTimeout(() => r('timer value'), 10));
  try {
    yield Promise.reject(new Error('rejected at yield'));
  } catch (e) {
    console.log('generator caught', e.message);
  }
}
(async () => {
  for await (const v of g()) console.log('got', v, typeof v);
})();
