// esid: host-node-next-tick-nested
// A tick queued by a tick still runs before the promise jobs: the tick queue drains first.
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => {
  console.log('tick A');
  process.nextTick(() => {
    console.log('tick A.1');
    process.nextTick(() => console.log('tick A.1.1'));
  });
});
process.nextTick(() => console.log('tick B'));
