// esid: host-node-event-loop-quiz
// The classic quiz, started from a timer so that no order depends on real time.
setTimeout(() => {
  console.log('1: timer');
  setTimeout(() => console.log('8: setTimeout 0'), 0);
  setImmediate(() => console.log('7: setImmediate'));
  process.nextTick(() => console.log('3: nextTick'));
  Promise.resolve().then(() => console.log('5: promise'));
  queueMicrotask(() => console.log('6: queueMicrotask'));
  process.nextTick(() => {
    console.log('4: nextTick 2');
  });
  console.log('2: sync');
}, 1);
