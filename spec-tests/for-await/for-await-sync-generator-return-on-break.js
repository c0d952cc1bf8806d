// esid: sec-%asyncfromsynciteratorprototype%.return
// Breaking out of for-await over a sync generator calls its return (runs its finally).
function* gen() {
  try {
    yield 'a';
    yield 'b';
  } finally {
    console.log('sync generator finally');
  }
}
(async () => {
  for await (const v of gen()) {
    console.log('got', v);
    break;
  }
  console.log('after');
})();
