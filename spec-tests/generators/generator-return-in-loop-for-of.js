// esid: sec-generator.prototype.return
// for-of break calls the generator's return, running finally blocks innermost first.
function* g() {
  try {
    try {
      yield 1;
      yield 2;
    } finally {
      console.log('inner finally');
    }
  } finally {
    console.log('outer finally');
  }
}
for (const v of g()) {
  console.log('value', v);
  break;
}
console.log('after loop');
