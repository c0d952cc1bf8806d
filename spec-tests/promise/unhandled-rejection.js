// esid: sec-host-promise-rejection-tracker
// A rejection left unhandled after the microtask drain ends the run (exit status 1) before
// any timer runs.
Promise.reject(new Error('nobody catches this'));
Promise.resolve().then(() => console.log('microtasks still run'));
setTimeout(() => console.log('timer must not run'), 0);
console.log('script end');
