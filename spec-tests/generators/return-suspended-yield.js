// esid: sec-generator.prototype.return
// return() at a yield runs the finally block and completes with the given value.
function* g() {
  try {
    yield 'a';
    yield 'b';
  } finally {
    console.log('cleanup');
  }
}
const it = g();
console.log(it.next().value);
const r = it.return('stopped');
console.log(r.value, r.done);
console.log(it.next().done);
