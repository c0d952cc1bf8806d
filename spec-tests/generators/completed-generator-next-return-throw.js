// esid: sec-generatorresumeabrupt
// A completed generator: next gives done, return echoes its argument, throw rethrows.
function* g() { yield 1; return 'fin'; }
const it = g();
it.next();
const last = it.next();
console.log('last', last.value, last.done);
const n = it.next();
console.log('next', n.value, n.done);
const r = it.return('ret');
console.log('return', r.value, r.done);
try {
  it.throw('thrown');
} catch (e) {
  console.log('throw rethrew', e);
}
