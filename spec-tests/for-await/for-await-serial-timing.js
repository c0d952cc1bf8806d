// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// for-await is serial: the next() call waits for the body, so waits add up (rounded to 100 ms).
const t0 = Date.now();
const at = () => Math.round((Date.now() - t0) / 100) * 100;
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function* produce() {
  for (let i = 1; i <= 3; i++) {
    await sleep(200);
    console.log('produced', i, 'at', at());
    yield i;
  }
}
(async () => {
  for await (const i of produce()) {
    await sleep(100);
    console.log('consumed', i, 'at', at());
  }
})();
