// esid: sec-host-promise-rejection-tracker
// Rejecting with a non-Error value unhandled also exits with status 1.
console.log('start');
Promise.reject(42);
queueMicrotask(() => console.log('drained'));
