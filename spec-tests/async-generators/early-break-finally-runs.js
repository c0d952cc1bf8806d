// esid: sec-asynciteratorclose
// break in for-await calls return(); the generator's finally runs and is awaited before the loop ends.
async function* g() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('finally: start');
    await new Promise(r => setTimeout(r, 10));
    console.log('finally: end');
  }
}
(async () => {
  for await (const v of g()) {
    console.log('got', v);
    if (v === 2) break;
  }
  console.log('after loop');
})();
