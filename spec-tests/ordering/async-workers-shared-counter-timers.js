// esid: sec-async-function-definitions-runtime-semantics-evaluation
// Several async workers sharing a counter, each awaiting timers of different lengths.
let shared = 0;
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function worker(name, ms, steps) {
  for (let i = 0; i < steps; i++) {
    await sleep(ms);
    shared++;
    console.log(name, 'step', i, 'shared', shared);
  }
}
worker('fast', 200, 3);
worker('slow', 500, 1);
