// esid: sec-promise.resolve
// Promise.resolve(thenable) calls then in a later job and adopts its result.
const thenable = { then(ok) { console.log('then called'); ok('adopted'); } };
const p = Promise.resolve(thenable);
console.log('is promise', p instanceof Promise, p !== thenable);
p.then(v => console.log('value', v));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
