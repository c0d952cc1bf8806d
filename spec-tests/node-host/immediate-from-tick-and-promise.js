// esid: host-node-immediate-from-microtasks
// Immediates set by ticks and promise jobs after the script run in the first check phase,
// in the order they were set; a timer 50 ms away waits.
setTimeout(() => console.log('timer'), 50);
Promise.resolve().then(() => setImmediate(() => console.log('immediate from promise')));
process.nextTick(() => setImmediate(() => console.log('immediate from tick')));
setImmediate(() => console.log('immediate from script'));
