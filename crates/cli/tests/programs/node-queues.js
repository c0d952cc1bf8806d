// Node's own queues beside the spec's: a tick runs before any promise job, an immediate
// waits for the check phase, after the microtasks and the timers that are due.
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => {
  console.log('promise');
  process.nextTick(() => console.log('tick queued by a promise job'));
});
process.nextTick(() => console.log('tick'));
console.log('sync');
