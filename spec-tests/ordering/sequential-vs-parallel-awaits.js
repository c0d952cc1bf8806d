// esid: sec-async-function-definitions-runtime-semantics-evaluation
// Starting promises before awaiting them overlaps the waits; awaiting each call in turn does not.
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
const round = (ms) => Math.round(ms / 100) * 100;
async function inTurn() {
  const t0 = Date.now();
  const a = await sleep(100, 'a');
  const b = await sleep(100, 'b');
  return a + b + ' ' + round(Date.now() - t0);
}
async function startedFirst() {
  const t0 = Date.now();
  const pa = sleep(100, 'a');
  const pb = sleep(100, 'b');
  const a = await pa;
  const b = await pb;
  return a + b + ' ' + round(Date.now() - t0);
}
(async () => {
  console.log('in turn', await inTurn());
  console.log('started first', await startedFirst());
})();
