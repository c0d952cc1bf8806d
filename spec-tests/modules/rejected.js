// esid: sec-execute-async-module
// A rejected top-level await is an uncaught exception: status 1 at once, before other jobs.
setTimeout(() => console.log('never printed'), 0);
Promise.resolve().then(() => console.log('queued before'));
console.log('start');
await Promise.reject(new Error('top-level failure'));
console.log('never reached');
