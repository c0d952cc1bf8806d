// esid: sec-promise-executor
// An exception thrown by the executor rejects the promise (step 11), unless already resolved.
const a = new Promise(() => { throw new Error('boom'); });
a.catch((e) => console.log('a rejected:', e.message));
const b = new Promise((resolve) => { resolve('first'); throw new Error('ignored'); });
b.then((v) => console.log('b fulfilled:', v));
console.log('sync done');
