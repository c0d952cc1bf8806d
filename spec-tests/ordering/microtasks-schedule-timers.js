// esid: sec-hostenqueuetimeoutjob
// Timers created from microtasks are ordered by creation time among existing timers.
setTimeout(() => console.log('script timer'), 0);
Promise.resolve().then(() => {
  console.log('micro 1');
  setTimeout(() => console.log('timer from micro 1'), 0);
}).then(() => {
  console.log('micro 2');
  setTimeout(() => console.log('timer from micro 2'), 0);
});
