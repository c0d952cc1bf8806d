// esid: sec-date.now
// Eight sequential 220 ms timers: the virtual clock reports 1760 ms, exactly.
const start = Date.now();
const p0 = performance.now();
let chain = Promise.resolve();
for (let i = 0; i < 8; i++) {
  chain = chain.then(() => new Promise((r) => setTimeout(r, 220)));
}
chain.then(() => {
  const elapsed = Date.now() - start;
  // Node's real clock adds a few ms of drift; the virtual clock adds none.
  console.log('elapsed', elapsed >= 1760 ? 'at least 1760' : elapsed);
  console.log('performance', performance.now() - p0 >= 1760 ? 'at least 1760' : performance.now() - p0);
});
console.log(typeof Date.now(), Number.isInteger(Date.now()));
