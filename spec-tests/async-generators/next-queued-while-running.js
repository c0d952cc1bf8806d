// esid: sec-asyncgeneratordrainqueue
// next() called from inside the generator's own consumer while it is executing is queued, not re-entered.
let it;
async function* g() {
  console.log('body start');
  const p = it.next('nested');
  console.log('queued a nested request');
  p.then(r => console.log('nested result', r.value));
  yield 'first';
  yield 'second';
}
it = g();
it.next().then(r => console.log('outer result', r.value));
