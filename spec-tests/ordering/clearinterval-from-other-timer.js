// esid: sec-hostenqueuetimeoutjob
// An interval stopped by a separate timeout (times rounded to 50 ms).
const t0 = Date.now();
let n = 0;
const iv = setInterval(() => { n++; console.log('beat', n, Math.round((Date.now() - t0) / 50) * 50); }, 100);
setTimeout(() => { clearInterval(iv); console.log('stopped after', n); }, 350);
