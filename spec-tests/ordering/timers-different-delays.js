// esid: sec-hostenqueuetimeoutjob
// Timers fire by due time, not creation order; elapsed virtual time is printed rounded to 100 ms (absorbs real-timer jitter in Node).
const t0 = Date.now();
const at = () => Math.round((Date.now() - t0) / 100) * 100;
setTimeout(() => console.log('c at', at()), 300);
setTimeout(() => console.log('a at', at()), 100);
setTimeout(() => console.log('b at', at()), 200);
