// esid: sec-hostenqueuetimeoutjob
// Timers with the same delay fire in creation order.
for (const name of ['first', 'second', 'third']) {
  setTimeout(() => console.log(name), 10);
}
setTimeout(() => console.log('zero'), 0);
console.log('sync');
