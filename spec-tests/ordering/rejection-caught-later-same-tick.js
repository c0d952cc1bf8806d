// esid: sec-host-promise-rejection-tracker
// A rejection handled by a catch attached later in the same script run is not unhandled.
const failing = Promise.reject(new Error('late catch'));
console.log('created');
let x = 0;
for (let i = 0; i < 3; i++) x += i;
console.log('busy work', x);
failing.catch(e => console.log('caught', e.message));
Promise.resolve().then(() => {
  const inner = Promise.reject('inner');
  queueMicrotask(() => inner.catch(r => console.log('caught in later microtask', r)));
});
