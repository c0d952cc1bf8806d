// esid: host-node-process-exit-in-timer
// process.exit(5) in a timer: the later timers of the same phase and the immediates never run.
setTimeout(() => {
  console.log('first timer');
  setImmediate(() => console.log('immediate (never)'));
  process.exit(5);
}, 10);
setTimeout(() => console.log('second timer (never)'), 10);
