// esid: sec-generator.prototype.throw
// throw() runs the finally block before the error reaches the caller.
function* g() {
  try {
    yield 1;
  } finally {
    console.log('finally before propagation');
  }
  console.log('not reached');
}
const it = g();
it.next();
try { it.throw(new Error('E')); } catch (e) { console.log('caller caught', e.message); }
