// esid: sec-hostenqueuetimeoutjob
// A timer scheduled from a timer runs after timers already queued for the same time.
setTimeout(() => {
  console.log('outer A');
  setTimeout(() => console.log('inner from A'), 0);
}, 0);
setTimeout(() => console.log('outer B'), 0);
setTimeout(() => console.log('outer C at 50'), 50);
