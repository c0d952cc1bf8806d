// esid: sec-asyncgeneratordrainqueue
// A completed async generator: next resolves done, return resolves its (awaited) value, throw rejects.
async function* g() { yield 1; }
(async () => {
  const it = g();
  await it.next();
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.return(Promise.resolve('r'))));
  try {
    await it.throw('t');
  } catch (e) {
    console.log('throw rejected with', e);
  }
})();
