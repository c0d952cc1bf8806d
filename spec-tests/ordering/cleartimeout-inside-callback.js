// esid: sec-hostenqueuetimeoutjob
// A timer callback can cancel a later timer before it fires.
const later = setTimeout(() => console.log('never printed'), 200);
setTimeout(() => {
  console.log('cancelling');
  clearTimeout(later);
}, 100);
setTimeout(() => console.log('still runs'), 300);
