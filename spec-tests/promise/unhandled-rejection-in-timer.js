// esid: sec-host-promise-rejection-tracker
// A rejection made in a timer callback is reported after that callback's drain; later timers
// do not run.
setTimeout(() => {
  console.log('timer 1');
  Promise.reject('from timer');
  Promise.resolve().then(() => console.log('timer 1 microtask'));
}, 10);
setTimeout(() => console.log('timer 2 must not run'), 20);
