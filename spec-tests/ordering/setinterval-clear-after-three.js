// esid: sec-hostenqueuetimeoutjob
// setInterval fires repeatedly until cleared inside its own callback after three ticks.
const t0 = Date.now();
let count = 0;
const id = setInterval(() => {
  count++;
  console.log('tick', count, 'at', Math.round((Date.now() - t0) / 100) * 100);
  if (count === 3) {
    clearInterval(id);
    console.log('cleared');
  }
}, 100);
setTimeout(() => console.log('after all, count', count), 500);
