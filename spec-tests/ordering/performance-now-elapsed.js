// esid: sec-hostenqueuetimeoutjob
// performance.now() advances with timers; elapsed times rounded to 100 ms (absorbs real-timer jitter in Node).
const start = performance.now();
const el = () => Math.round((performance.now() - start) / 100) * 100;
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
(async () => {
  await sleep(200);
  console.log('after 200:', el());
  await sleep(100);
  console.log('after +100:', el());
  await null;
  console.log('microtask adds nothing:', el());
})();
