// esid: sec-jobs
// Promises settled by timers: each timer's microtasks run before the next timer.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('micro from timer 1'));
  queueMicrotask(() => console.log('queued from timer 1'));
}, 0);
setTimeout(() => console.log('timer 2'), 0);
new Promise((r) => setTimeout(r, 0)).then(() => console.log('resolved by timer 3'));
setTimeout(() => console.log('timer 4'), 0);
