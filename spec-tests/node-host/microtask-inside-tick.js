// esid: host-node-microtask-inside-next-tick
// Microtasks queued by ticks run after all ticks, including ticks queued later by ticks.
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
  process.nextTick(() => console.log('tick 3 (from tick 1)'));
});
process.nextTick(() => {
  console.log('tick 2');
  queueMicrotask(() => console.log('microtask from tick 2'));
});
