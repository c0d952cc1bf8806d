// esid: sec-asyncgenerator-prototype-next
// Values passed to next() become the result of the paused yield, as in sync generators.
async function* chat() {
  const a = yield 'question 1';
  console.log('answer 1 =', a);
  const b = yield 'question 2';
  console.log('answer 2 =', b);
}
(async () => {
  const g = chat();
  console.log((await g.next('ignored')).value);
  console.log((await g.next('yes')).value);
  console.log((await g.next('no')).done);
})();
