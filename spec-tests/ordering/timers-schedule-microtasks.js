// esid: sec-hostenqueuetimeoutjob
// Microtasks queued by a timer callback run before the next timer.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('micro from timer 1'));
  queueMicrotask(() => console.log('qm from timer 1'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('micro from timer 2'));
}, 0);
