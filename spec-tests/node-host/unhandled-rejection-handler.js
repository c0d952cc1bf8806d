// esid: host-node-unhandled-rejection-event
// With an 'unhandledRejection' listener the run goes on; the listener gets (reason, promise).
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('first'));
Promise.reject('second');
setTimeout(() => {
  console.log('timer still runs');
  Promise.reject(3);
}, 5);
