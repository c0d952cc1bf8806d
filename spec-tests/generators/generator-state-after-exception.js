// esid: sec-generatorresume
// A generator whose body throws is completed; further next() calls report done.
function* g() {
  yield 1;
  throw new Error('body threw');
}
const it = g();
console.log(it.next().value);
try { it.next(); } catch (e) { console.log('caught', e.message); }
console.log(JSON.stringify(it.next()));
