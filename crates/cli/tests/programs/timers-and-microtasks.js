// Timers run one per turn, and the microtasks they queue run before the next timer.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('microtask from timer 1'));
}, 0);
setTimeout(() => console.log('timer 2'), 0);
const id = setInterval(() => {
  console.log('interval');
  clearInterval(id);
}, 5);
queueMicrotask(() => console.log('queued microtask'));
console.log('script');
