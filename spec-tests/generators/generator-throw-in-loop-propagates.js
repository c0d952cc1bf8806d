// esid: sec-generator.prototype.throw
// An exception from the loop body closes the generator (return, not throw) before propagating.
function* g() {
  try {
    yield 'a';
    yield 'b';
  } catch (e) {
    console.log('generator saw throw?', e);
  } finally {
    console.log('generator finally');
  }
}
try {
  for (const v of g()) {
    console.log('body', v);
    throw new Error('body failed');
  }
} catch (e) {
  console.log('outside', e.message);
}
