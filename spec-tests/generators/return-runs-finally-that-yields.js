// esid: sec-generator.prototype.return
// A finally block that yields turns return() into a pause; the return value comes later.
function* g() {
  try {
    yield 'body';
  } finally {
    console.log('finally start');
    yield 'from finally';
    console.log('finally end');
  }
}
const it = g();
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.return('R')));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
