// esid: host-node-process-exit-in-unhandled-rejection
// process.exit(3) inside an 'unhandledRejection' listener: nothing runs after it but the
// 'exit' listeners.
process.on('exit', (code) => console.log('exit', code));
process.on('unhandledRejection', (reason) => {
  console.log('unhandled', reason);
  process.exit(3);
});
setTimeout(() => console.log('timer (never)'), 0);
Promise.reject('nope');
Promise.reject('second (never reported)');
