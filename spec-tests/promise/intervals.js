// esid: sec-jobs
// An interval is rescheduled after its callback (due = now + delay); it can clear itself.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 4) clearInterval(iv);
}, 30);
setTimeout(() => console.log('timeout at 45'), 45);
setTimeout(() => console.log('timeout at 75'), 75);
setTimeout(() => console.log('timeout at 200'), 200);
const other = setInterval(() => console.log('never'), 10);
setTimeout(() => clearInterval(other), 5);
