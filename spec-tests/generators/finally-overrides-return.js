// esid: sec-generator.prototype.return
// A return inside finally replaces the value passed to return().
function* g() {
  try {
    yield 1;
  } finally {
    return 'from finally';
  }
}
const it = g();
it.next();
const r = it.return('from caller');
console.log(r.value, r.done);
