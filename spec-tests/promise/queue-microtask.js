// esid: sec-hostenqueuepromisejob
// queueMicrotask callbacks share the FIFO queue with promise jobs.
console.log('sync 1');
setTimeout(() => console.log('timeout'), 0);
queueMicrotask(() => { console.log('micro 1'); queueMicrotask(() => console.log('micro 3 (nested)')); });
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('micro 2'));
console.log('sync 2');
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => queueMicrotask());
t(() => queueMicrotask(1));
t(() => queueMicrotask('s'));
t(() => queueMicrotask({}));
