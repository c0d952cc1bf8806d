// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// for-await is serial: the producer's next wait starts only after the body finishes (time since the previous line, rounded to 200 ms).
let last = Date.now();
const since = () => {
  const now = Date.now();
  const d = Math.round((now - last) / 200) * 200;
  last = now;
  return '+' + d;
};
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function* produce() {
  for (let i = 1; i <= 3; i++) {
    await sleep(400);
    console.log('produced', i, since());
    yield i;
  }
}
(async () => {
  for await (const i of produce()) {
    await sleep(200);
    console.log('consumed', i, since());
  }
})();
