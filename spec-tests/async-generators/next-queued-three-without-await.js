// esid: sec-asyncgeneratorenqueue
// Three next() calls made at once are queued and served in order, each with its own promise.
async function* slow() {
  console.log('start');
  await new Promise(r => setTimeout(r, 20));
  yield 'one';
  await new Promise(r => setTimeout(r, 10));
  yield 'two';
  return 'ret';
}
const g = slow();
const a = g.next('x');
const b = g.next('y');
const c = g.next('z');
console.log('three requests queued');
a.then(r => console.log('a', r.value, r.done));
c.then(r => console.log('c', r.value, r.done));
b.then(r => console.log('b', r.value, r.done));
