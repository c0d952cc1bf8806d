// esid: host-node-checkpoint-after-immediate
// After each immediate: ticks, then microtasks, before the next immediate.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('  promise 1'));
  process.nextTick(() => console.log('  tick 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  queueMicrotask(() => console.log('  microtask 2'));
  process.nextTick(() => console.log('  tick 2'));
});
