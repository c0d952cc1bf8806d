// esid: sec-host-promise-rejection-tracker
// An unhandled rejection that happens in a timer's microtasks stops the following timers.
setTimeout(async () => {
  console.log('timer 1');
  await null;
  throw new Error('late failure');
}, 100);
setTimeout(() => console.log('timer 2 never'), 200);
console.log('script');
