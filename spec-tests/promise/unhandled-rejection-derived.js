// esid: sec-host-promise-rejection-tracker
// A then() without onRejected makes a derived promise that is itself rejected and unhandled.
const p = Promise.reject(new Error('source'));
p.then(() => console.log('never'));
setTimeout(() => console.log('never runs'), 0);
