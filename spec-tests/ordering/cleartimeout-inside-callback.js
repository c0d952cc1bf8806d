// esid: sec-hostenqueuetimeoutjob
// A timer callback can cancel a later timer before it fires.
const later = setTimeout(() => console.log('never printed'), 20);
setTimeout(() => {
  console.log('cancelling');
  clearTimeout(later);
}, 10);
setTimeout(() => console.log('still runs'), 30);
