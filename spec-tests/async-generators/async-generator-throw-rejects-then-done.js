// esid: sec-asyncgeneratordrainqueue
// An exception in the body rejects the current next() and completes the generator.
async function* g() {
  yield 1;
  throw new Error('body failure');
}
const it = g();
it.next().then(r => console.log('first', r.value));
it.next().catch(e => console.log('second rejected', e.message));
it.next().then(r => console.log('third', r.value, r.done));
