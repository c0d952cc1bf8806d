// esid: sec-asyncgeneratorstart
// An async generator awaiting timers between yields; times printed rounded to 200 ms.
const t0 = Date.now();
const at = () => Math.round((Date.now() - t0) / 200) * 200;
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function* ticks() {
  for (let i = 1; i <= 3; i++) {
    await sleep(200);
    yield i;
  }
}
(async () => {
  for await (const i of ticks()) console.log('tick', i, 'at', at());
  console.log('done at', at());
})();
