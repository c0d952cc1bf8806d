// esid: host-console-error-basic
// Node's stack frames are compared after dropping its own (node:internal) frames, with paths from the repository root
// errors print their stack: Name: message (mini-js: without frame lines)
console.log(new Error('boom'));
console.log(new TypeError('bad type'));
console.log(new RangeError('out of range'));
