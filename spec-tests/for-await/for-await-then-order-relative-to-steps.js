// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// Where then callbacks registered in the loop body run relative to the loop's next step.
async function* g() { yield 1; yield 2; yield 3; }
(async () => {
  for await (const v of g()) {
    console.log('body', v);
    Promise.resolve().then(() => console.log('  then from body', v));
  }
  console.log('loop end');
})();
