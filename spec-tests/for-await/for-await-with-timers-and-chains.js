// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// A for-await loop, a timer and a then chain interleaving.
async function* g() {
  yield 'g1';
  await new Promise(r => setTimeout(r, 0));
  yield 'g2';
}
(async () => {
  for await (const v of g()) console.log('loop', v);
  console.log('loop end');
})();
setTimeout(() => console.log('timer'), 0);
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
