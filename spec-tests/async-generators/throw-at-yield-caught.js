// esid: sec-asyncgenerator-prototype-throw
// throw() at a yield can be caught inside; the generator yields again.
async function* g() {
  while (true) {
    try {
      yield 'working';
    } catch (e) {
      console.log('caught inside', e);
      yield 'recovered';
      return 'stopped';
    }
  }
}
(async () => {
  const it = g();
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.throw('E')));
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
})();
