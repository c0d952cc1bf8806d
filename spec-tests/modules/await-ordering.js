// esid: sec-execute-async-module
// The module body against promise jobs it queued: each await is one turn of the queue.
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'));
console.log('body start');
await undefined;
console.log('after first await');
await Promise.resolve();
console.log('after second await');
setTimeout(() => console.log('timeout'), 0);
await new Promise((resolve) => setTimeout(resolve, 1));
console.log('after the timer');
