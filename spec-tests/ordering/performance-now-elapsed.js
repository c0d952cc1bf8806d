// esid: sec-hostenqueuetimeoutjob
// performance.now() advances with timers and not with microtasks; each step's delta is rounded to 100 ms.
let last = performance.now();
const step = () => {
  const now = performance.now();
  const delta = Math.round((now - last) / 100) * 100;
  last = now;
  return delta;
};
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
(async () => {
  await sleep(200);
  console.log('after sleep(200): +' + step());
  await sleep(100);
  console.log('after sleep(100): +' + step());
  await null;
  console.log('after a microtask: +' + step());
  console.log('monotonic:', performance.now() >= last);
})();
