// esid: sec-asyncgenerator-prototype-throw
// throw() at a yield runs an awaiting finally, then rejects the throw() promise.
async function* g() {
  try {
    yield 'only';
  } finally {
    console.log('finally begins');
    await new Promise(r => setTimeout(r, 10));
    console.log('finally done');
  }
}
(async () => {
  const it = g();
  await it.next();
  try {
    await it.throw(new Error('thrown in'));
  } catch (e) {
    console.log('throw() rejected with', e.message);
  }
  console.log(JSON.stringify(await it.next()));
})();
