// esid: sec-asyncfromsynciteratorcontinuation
// for-await over a sync generator yielding thenables awaits each one in turn.
function* gen() {
  yield { then(ok) { console.log('then #1'); ok('one'); } };
  yield 'two';
  yield { then(ok) { console.log('then #3'); setTimeout(() => ok('three'), 5); } };
}
(async () => {
  for await (const v of gen()) console.log('loop', v);
  console.log('end');
})();
