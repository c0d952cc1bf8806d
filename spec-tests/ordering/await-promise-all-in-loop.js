// esid: sec-promise.all
// Batches of parallel work, awaited one batch at a time (times rounded to 200 ms).
const t0 = Date.now();
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
(async () => {
  const batches = [[1, 2], [3, 4], [5]];
  for (const batch of batches) {
    const got = await Promise.all(batch.map(n => sleep(200, n * 10)));
    console.log('batch', got.join(','), 'at', Math.round((Date.now() - t0) / 200) * 200);
  }
})();
