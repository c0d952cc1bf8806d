// esid: host-node-immediate-before-timeout-in-timer
// Inside a timer callback the check phase comes before the next timers phase, so the
// immediate always runs before a new setTimeout(f, 0).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  console.log('timer');
}, 10);
