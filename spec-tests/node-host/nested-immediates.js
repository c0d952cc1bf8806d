// esid: host-node-nested-immediates-next-iteration
// An immediate set by an immediate waits for the next loop iteration: the check phase only
// runs the immediates queued before it began.
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (set by A)'));
  process.nextTick(() => console.log('tick after A'));
});
setImmediate(() => {
  console.log('B');
  Promise.resolve().then(() => console.log('promise after B'));
});
