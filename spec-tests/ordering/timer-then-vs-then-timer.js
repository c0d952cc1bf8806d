// esid: sec-hostenqueuetimeoutjob
// A timer scheduled inside a then versus a then scheduled inside a timer.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('then inside timer 1'));
}, 0);
Promise.resolve().then(() => {
  console.log('then 1');
  setTimeout(() => console.log('timer inside then 1'), 0);
});
setTimeout(() => console.log('timer 2'), 0);
