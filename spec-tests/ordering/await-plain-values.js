// esid: sec-async-function-definitions-runtime-semantics-evaluation
// Awaiting non-promise values still suspends for exactly one tick each.
async function run() {
  const n = await 42;
  console.log('got', n);
  const s = await 'text';
  console.log('got', s);
  const z = await null;
  console.log('got', z);
  const u = await undefined;
  console.log('got', u);
}
run();
let tick = 0;
function ticker() {
  tick++;
  console.log('tick', tick);
  if (tick < 5) Promise.resolve().then(ticker);
}
Promise.resolve().then(ticker);
