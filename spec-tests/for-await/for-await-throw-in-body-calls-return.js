// esid: sec-asynciteratorclose
// An exception in the for-await body calls return() and then propagates the original error.
async function* g() {
  try {
    yield 1;
  } finally {
    console.log('generator finally');
  }
}
(async () => {
  try {
    for await (const v of g()) throw new Error('body error ' + v);
  } catch (e) {
    console.log('caught', e.message);
  }
})();
