// esid: sec-hostenqueuetimeoutjob
// A 200 ms interval and timeouts at 300, 500 and 700 ms interleave by due time (times rounded to 100 ms).
const t0 = Date.now();
const at = () => Math.round((Date.now() - t0) / 100) * 100;
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n, at());
  if (n === 4) clearInterval(iv);
}, 200);
for (const ms of [300, 500, 700]) setTimeout(() => console.log('timeout', ms, at()), ms);
