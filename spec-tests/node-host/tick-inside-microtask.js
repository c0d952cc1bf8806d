// esid: host-node-next-tick-inside-microtask
// A tick queued by a microtask waits until the microtask queue is empty (V8 drains it whole).
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise 1.1'));
}).then(() => console.log('promise 1 then'));
Promise.resolve().then(() => console.log('promise 2'));
