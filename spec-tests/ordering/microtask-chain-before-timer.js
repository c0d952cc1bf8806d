// esid: sec-hostenqueuepromisejob
// A long chain of microtasks runs entirely before a zero-delay timer.
setTimeout(() => console.log('timer sees count', count), 0);
let count = 0;
let p = Promise.resolve();
for (let i = 0; i < 1000; i++) p = p.then(() => { count++; });
p.then(() => console.log('chain finished', count));
