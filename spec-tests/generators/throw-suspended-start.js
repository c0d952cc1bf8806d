// esid: sec-generator.prototype.throw
// throw() before the first next() throws at the call site and closes the generator.
function* g() {
  try { yield 1; } catch (e) { console.log('inner catch never runs'); }
}
const it = g();
try {
  it.throw(new Error('at start'));
} catch (e) {
  console.log('caught outside', e.message);
}
const n = it.next();
console.log(n.value, n.done);
