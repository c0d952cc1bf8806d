// esid: host-node-process-exit-code
// process.exitCode is the status when the loop ends on its own.
console.log('before', process.exitCode);
process.exitCode = 3;
setTimeout(() => {
  console.log('timer sees', process.exitCode);
  process.exitCode = 4;
}, 5);
