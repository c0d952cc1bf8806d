// esid: host-node-process-exit-event
// 'exit' listeners run last, with the exit code; they may change process.exitCode.
process.on('exit', (code) => {
  console.log('exit listener 1', code);
  process.exitCode = 9;
});
process.once('exit', (code) => console.log('exit listener 2', code, process.exitCode));
setTimeout(() => console.log('timer'), 1);
process.exitCode = 2;
