// esid: sec-hostenqueuepromisejob
// queueMicrotask callbacks and promise reactions share one FIFO queue.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('qm 2'));
Promise.resolve().then(() => console.log('then 2')).then(() => console.log('then 2b'));
queueMicrotask(() => {
  console.log('qm 3');
  queueMicrotask(() => console.log('qm 3 nested'));
});
console.log('sync');
