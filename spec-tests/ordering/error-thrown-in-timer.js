// esid: sec-hostenqueuetimeoutjob
// An exception thrown in a timer callback is uncaught: exit status 1, later timers never run.
setTimeout(() => console.log('first timer'), 100);
setTimeout(() => {
  Promise.resolve().then(() => console.log('pending microtask'));
  throw new Error('timer failure');
}, 200);
setTimeout(() => console.log('third timer'), 300);
