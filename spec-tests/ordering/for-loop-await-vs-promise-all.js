// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// Awaiting inside a for-of loop is sequential (sum of delays); Promise.all is parallel (max delay).
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
const round = (ms) => Math.round(ms / 200) * 200;
async function main() {
  const delays = [400, 200, 600];
  let t0 = Date.now();
  const seq = [];
  for (const d of delays) seq.push(await sleep(d, d));
  console.log('sequential', seq.join(','), round(Date.now() - t0));
  t0 = Date.now();
  const par = await Promise.all(delays.map(d => sleep(d, d)));
  console.log('parallel', par.join(','), round(Date.now() - t0));
}
main();
