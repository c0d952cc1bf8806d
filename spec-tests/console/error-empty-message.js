// esid: host-console-error-empty
// Node's stack frames are compared after dropping its own (node:internal) frames, with paths from the repository root
// an error without a message, and one with a changed name
console.log(new Error());
const e = new RangeError('r');
e.name = 'Custom';
console.log(e);
