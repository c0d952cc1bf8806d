// esid: host-node-next-tick-arguments
// process.nextTick passes its extra arguments to the callback, and `this` is undefined there.
process.nextTick(function (a, b, c) {
  console.log(a, b, c, this === undefined || this === globalThis);
}, 1, 'two', [3]);
process.nextTick((...rest) => console.log(rest.length));
try {
  process.nextTick(42);
} catch (e) {
  console.log(e.name, e.code === undefined ? 'no code' : 'code');
}
