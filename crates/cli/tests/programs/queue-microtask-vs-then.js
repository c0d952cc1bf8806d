// queueMicrotask and then share one FIFO queue.
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => {
  console.log('microtask 1');
  queueMicrotask(() => console.log('microtask 2'));
});
Promise.resolve().then(() => console.log('then 2'));
