// esid: sec-hostenqueuepromisejob
// An exception in a microtask is uncaught: the run ends with status 1.
queueMicrotask(() => { console.log('first'); throw new Error('in microtask'); });
queueMicrotask(() => console.log('second must not run'));
setTimeout(() => console.log('timer must not run'), 0);
