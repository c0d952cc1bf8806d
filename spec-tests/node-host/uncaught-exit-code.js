// esid: host-node-uncaught-exception-exit-code
// An uncaught exception ends the run with status 1 whatever process.exitCode says; the
// 'exit' listeners see 1.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
process.exitCode = 5;
setTimeout(() => {
  console.log('timer');
  throw new Error('boom');
}, 1);
setTimeout(() => console.log('second timer (never)'), 1);
