// esid: host-node-process-exit-in-next-tick
// process.exit(1) in a tick: the promise jobs waiting behind the tick queue never run.
process.nextTick(() => {
  console.log('tick');
  process.exit(1);
});
Promise.resolve().then(() => console.log('promise (never)'));
