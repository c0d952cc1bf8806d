// esid: sec-host-promise-rejection-tracker
// A rejection created in a microtask and handled in a later microtask of the same drain is fine.
Promise.resolve().then(() => {
  const p = Promise.reject(new Error('temp'));
  Promise.resolve().then(() => Promise.resolve()).then(() => {
    p.catch(e => console.log('handled', e.message));
  });
});
setTimeout(() => console.log('timer runs, exit 0'), 0);
