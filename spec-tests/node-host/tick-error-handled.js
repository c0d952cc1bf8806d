// esid: host-node-next-tick-throws
// A tick that throws goes to 'uncaughtException'; the remaining ticks and the promise jobs
// still run.
process.on('uncaughtException', (err) => console.log('caught', err.message));
process.nextTick(() => {
  throw new Error('tick 1 failed');
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise'));
