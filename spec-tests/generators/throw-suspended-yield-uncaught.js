// esid: sec-generatorresumeabrupt
// An uncaught throw() propagates to the caller and leaves the generator completed.
function* g() { yield 1; yield 2; }
const it = g();
it.next();
try {
  it.throw(new TypeError('bad'));
} catch (e) {
  console.log('caller got', e.name, e.message);
}
const r = it.next();
console.log(r.value, r.done);
