// esid: sec-host-promise-rejection-tracker
// An uncaught synchronous exception in the script ends it before any microtask or timer runs.
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timer'), 0);
console.log('about to throw');
throw new Error('script failure');
