// esid: sec-jobs
// Timers fire by due time, then creation order; a delay below 1 (or NaN) counts as 1.
setTimeout(() => console.log('10ms'), 10);
setTimeout(() => console.log('1ms a'), 1);
setTimeout(() => console.log('0ms (=1) b'), 0);
setTimeout(() => console.log('negative (=1) c'), -5);
setTimeout(() => console.log('NaN (=1) d'), 'abc');
setTimeout(() => console.log('5ms'), 5);
setTimeout(() => console.log("'3' ms"), '3');
setTimeout(() => console.log('too big (=1) e'), 2 ** 31);
setTimeout(() => console.log('10ms second'), 10);
