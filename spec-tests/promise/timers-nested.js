// esid: sec-jobs
// Nested timers are scheduled relative to the time their parent fired; microtasks run after
// each timer callback, before the next timer.
const log = (m) => console.log(m);
setTimeout(() => {
  log('outer A');
  setTimeout(() => log('inner A (+0)'), 0);
  Promise.resolve().then(() => log('microtask after A'));
}, 10);
setTimeout(() => {
  log('outer B');
  setTimeout(() => log('inner B (+5)'), 5);
}, 10);
setTimeout(() => log('C at 50'), 50);
setTimeout(() => log('D at 100'), 100);
