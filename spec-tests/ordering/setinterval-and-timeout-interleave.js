// esid: sec-hostenqueuetimeoutjob
// A 30 ms interval and timeouts at 40, 70 and 100 ms interleave by due time.
const t0 = Date.now();
const at = () => Math.round((Date.now() - t0) / 10) * 10;
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n, at());
  if (n === 4) clearInterval(iv);
}, 30);
for (const ms of [40, 70, 100]) setTimeout(() => console.log('timeout', ms, at()), ms);
