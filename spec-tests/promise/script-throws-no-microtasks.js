// esid: sec-jobs
// After an uncaught exception in the script, no microtask and no timer runs.
Promise.resolve().then(() => console.log('microtask must not run'));
setTimeout(() => console.log('timer must not run'), 0);
console.log('before throw');
throw new Error('script failed');
