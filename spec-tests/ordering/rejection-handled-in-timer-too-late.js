// esid: sec-host-promise-rejection-tracker
// Attaching a catch in a timer is too late: the process already exited on the unhandled rejection.
const p = Promise.reject(new Error('handled too late'));
setTimeout(() => {
  p.catch(() => console.log('late handler'));
  console.log('timer ran');
}, 0);
console.log('script end');
