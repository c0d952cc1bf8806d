// esid: host-node-uncaught-exception-event
// An 'uncaughtException' listener keeps the loop alive after a throw in a timer or immediate.
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => {
  throw new Error('from timer');
}, 5);
setTimeout(() => console.log('next timer runs'), 5);
setImmediate(() => {
  throw new Error('from immediate');
});
