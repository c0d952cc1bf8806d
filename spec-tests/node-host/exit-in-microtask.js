// esid: host-node-process-exit-in-microtask
// process.exit() stops at once: no finally block, later microtask, tick or timer runs.
setTimeout(() => console.log('timer (never)'), 0);
Promise.resolve().then(() => {
  console.log('microtask 1');
  try {
    process.exit();
  } finally {
    console.log('finally (never)');
  }
});
Promise.resolve().then(() => console.log('microtask 2 (never)'));
console.log('script');
