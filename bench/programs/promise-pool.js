// Promise.all over many tasks, then a bounded pool of four workers pulling from a queue.
function task(i) {
  return new Promise((resolve) => resolve(i)).then((v) => v * 3);
}
async function pool(items, width) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  }
  const workers = [];
  for (let w = 0; w < width; w++) workers.push(worker());
  await Promise.all(workers);
  return results;
}
(async () => {
  const ids = [];
  for (let i = 0; i < 20000; i++) ids.push(i);
  const all = await Promise.all(ids.map(task));
  const pooled = await pool(ids, 4);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < all.length; i++) {
    s1 += all[i];
    s2 += pooled[i];
  }
  const settled = await Promise.allSettled([task(1), Promise.reject(new Error('no'))]);
  console.log('pool', s1, s2, settled.map((r) => r.status).join('/'));
})();
