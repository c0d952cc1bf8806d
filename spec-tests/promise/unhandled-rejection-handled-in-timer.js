// esid: sec-host-promise-rejection-tracker
// Handling the rejection in a timer is too late: the drain ended first.
const p = Promise.reject(new Error('too late'));
setTimeout(() => { console.log('timer'); p.catch(() => console.log('caught')); }, 0);
console.log('end of script');
