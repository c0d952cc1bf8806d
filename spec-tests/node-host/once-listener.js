// esid: host-node-process-once-and-off
// once() listeners run once; off() removes a listener; listeners run in the order added.
function a(err) { console.log('a', err.message); }
process.on('uncaughtException', a);
process.once('uncaughtException', (err) => console.log('b once', err.message));
setTimeout(() => { throw new Error('first'); }, 10);
setTimeout(() => {
  process.off('uncaughtException', a);
  process.on('uncaughtException', (err) => console.log('c', err.message));
  throw new Error('second');
}, 20);
setTimeout(() => console.log('count', process.listenerCount('uncaughtException')), 30);
