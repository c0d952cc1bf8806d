// esid: sec-hostenqueuegenericjob
// An exception in a queueMicrotask callback is uncaught: exit status 1 after earlier output.
queueMicrotask(() => console.log('first microtask'));
queueMicrotask(() => { throw new Error('microtask failure'); });
queueMicrotask(() => console.log('after failure?'));
console.log('sync');
