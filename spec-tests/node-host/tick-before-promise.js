// esid: host-node-next-tick-before-microtasks
// At the checkpoint after the script, every nextTick runs before any promise job or queueMicrotask.
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('microtask 2'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 3'));
process.nextTick(() => console.log('tick 2'));
console.log('script');
