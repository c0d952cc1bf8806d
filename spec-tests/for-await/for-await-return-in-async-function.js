// esid: sec-asynciteratorclose
// return inside for-await closes the iterator; the async function's promise settles after that.
async function* g() {
  try {
    yield 'x';
    yield 'y';
  } finally {
    await null;
    console.log('generator cleaned up');
  }
}
async function firstOf(it) {
  for await (const v of it) return v;
}
firstOf(g()).then(v => console.log('first is', v));
