// esid: host-node-esm-entry-in-microtask
// Node's loader evaluates a module from a promise job: nextTick callbacks queued by the body
// run only after the microtask queue is empty (the reverse of a script's order).
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('microtask 1'));
console.log('body');
await 0;
console.log('resumed');
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise 2'));
