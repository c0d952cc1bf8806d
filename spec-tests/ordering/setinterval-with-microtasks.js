// esid: sec-hostenqueuetimeoutjob
// Microtasks from each interval callback drain before the next timer callback.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  Promise.resolve(n).then(v => console.log('  micro', v));
  if (n === 3) clearInterval(iv);
}, 10);
