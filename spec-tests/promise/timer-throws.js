// esid: sec-jobs
// An exception thrown by a timer callback ends the run; later timers do not run.
setTimeout(() => { console.log('timer 1'); Promise.resolve().then(() => console.log('never')); throw new Error('timer failed'); }, 1);
setTimeout(() => console.log('timer 2 must not run'), 2);
