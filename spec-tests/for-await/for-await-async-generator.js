// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// for-await over an async generator, with a then chain showing where each step lands.
async function* g() { yield 'a'; yield 'b'; }
(async () => {
  for await (const v of g()) console.log('loop', v);
  console.log('loop done');
})();
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'))
  .then(() => console.log('t4')).then(() => console.log('t5')).then(() => console.log('t6'));
