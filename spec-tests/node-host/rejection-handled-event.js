// esid: host-node-rejection-handled-event
// A rejection handled after Node processed it as unhandled: 'rejectionHandled' is emitted at
// the next checkpoint, after that checkpoint's ticks and microtasks, before the immediates.
process.on('unhandledRejection', (reason, p) => console.log('unhandledRejection', reason, p === late));
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p === late));
const late = Promise.reject('late');
setTimeout(() => {
  console.log('timer');
  late.catch((r) => console.log('caught', r));
  Promise.resolve().then(() => console.log('microtask after the catch'));
  process.nextTick(() => console.log('tick after the catch'));
  setImmediate(() => console.log('immediate'));
}, 10);
