// esid: host-node-immediate-after-timers-phase
// Both timers are due in the same timers phase; the immediate set by the first runs after both.
setTimeout(() => {
  console.log('timer 1');
  setImmediate(() => console.log('immediate from timer 1'));
}, 20);
setTimeout(() => console.log('timer 2'), 20);
setTimeout(() => console.log('timer 3 (later)'), 200);
