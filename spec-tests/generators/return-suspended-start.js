// esid: sec-generator.prototype.return
// return() before the first next() completes the generator without running any of the body.
function* g() {
  try {
    console.log('never runs');
    yield 1;
  } finally {
    console.log('finally never runs either');
  }
}
const it = g();
const r = it.return('early');
console.log(r.value, r.done);
const n = it.next();
console.log(n.value, n.done);
