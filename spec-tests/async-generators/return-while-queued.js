// esid: sec-asyncgeneratorenqueue
// return() queued behind pending next() calls runs only after them.
async function* g() {
  try {
    yield 'a';
    yield 'b';
  } finally {
    console.log('finally');
  }
}
const it = g();
it.next().then(r => console.log('next1', r.value));
it.return('R').then(r => console.log('return', r.value, r.done));
it.next().then(r => console.log('next2', r.value, r.done));
