// esid: sec-promise.withResolvers
// Promise.withResolvers hands back a promise and its resolve/reject functions.
const { promise, resolve, reject } = Promise.withResolvers();
console.log(typeof resolve, typeof reject, promise instanceof Promise);
promise.then(v => console.log('resolved with', v));
setTimeout(() => resolve('later'), 10);
console.log('waiting');
