// esid: host-node-next-tick-promise-chains
// Ticks queued by promise jobs run only after the whole microtask queue is empty.
Promise.resolve()
  .then(() => {
    console.log('p1');
    process.nextTick(() => console.log('tick from p1'));
  })
  .then(() => console.log('p2'))
  .then(() => console.log('p3'));
process.nextTick(() => {
  console.log('tick 0');
  Promise.resolve().then(() => console.log('promise from tick 0'));
});
