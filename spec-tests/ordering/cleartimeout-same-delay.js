// esid: sec-hostenqueuetimeoutjob
// Clearing a timer due at the same time from an earlier one stops it; clearing an unknown id is harmless.
let second;
setTimeout(() => {
  console.log('first clears second');
  clearTimeout(second);
  clearTimeout(undefined);
  clearTimeout(123456);
}, 10);
second = setTimeout(() => console.log('second'), 10);
setTimeout(() => console.log('third'), 10);
