// esid: sec-triggerpromisereactions
// Reactions registered while pending run in registration order when the promise settles.
let resolve;
const p = new Promise((r) => { resolve = r; });
p.then(() => console.log('first'));
p.then(() => console.log('second'));
Promise.resolve().then(() => console.log('unrelated tick'));
p.then(() => console.log('third'));
resolve();
console.log('resolved synchronously');
