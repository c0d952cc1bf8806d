// esid: sec-hostenqueuetimeoutjob
// An interval stopped by a separate timeout (times rounded to 100 ms).
const t0 = Date.now();
let n = 0;
const iv = setInterval(() => { n++; console.log('beat', n, Math.round((Date.now() - t0) / 100) * 100); }, 200);
setTimeout(() => { clearInterval(iv); console.log('stopped after', n); }, 700);
