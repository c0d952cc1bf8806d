// esid: sec-asyncgenerator-prototype-return
// return() at a yield runs finally (which may await) and resolves after it.
async function* g() {
  try {
    yield 'a';
    yield 'b';
  } finally {
    console.log('finally start');
    await new Promise(r => setTimeout(r, 10));
    console.log('finally end');
  }
}
(async () => {
  const it = g();
  console.log((await it.next()).value);
  const r = await it.return('R');
  console.log('return result', r.value, r.done);
})();
