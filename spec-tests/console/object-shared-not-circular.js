// esid: host-console-log
// the same object twice is not circular
const shared = { s: 1 };
console.log({ a: shared, b: shared });
console.log([shared, shared]);
