// esid: sec-hostenqueuetimeoutjob
// A 100 ms interval and timeouts at 150, 250 and 350 ms interleave by due time (times rounded to 50 ms).
const t0 = Date.now();
const at = () => Math.round((Date.now() - t0) / 50) * 50;
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n, at());
  if (n === 4) clearInterval(iv);
}, 100);
for (const ms of [150, 250, 350]) setTimeout(() => console.log('timeout', ms, at()), ms);
