// esid: host-node-rejection-handled-too-late
// A handler attached in a timer is too late: the rejection ends the run after the checkpoint.
const p = Promise.reject(new Error('too late'));
process.nextTick(() => console.log('tick runs first'));
Promise.resolve().then(() => console.log('microtask runs too'));
setTimeout(() => p.catch(() => console.log('never')), 0);
