// esid: host-node-set-immediate-arguments
// setImmediate passes its extra arguments; immediates run in the order they were set.
setImmediate((a, b) => console.log('first', a, b), 'x', 2);
setImmediate(() => console.log('second'));
setImmediate((...args) => console.log('third', args.length), 1, 2, 3);
console.log(typeof setImmediate(() => {}), typeof clearImmediate);
