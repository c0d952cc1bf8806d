// esid: host-console-error-basic
// node-differs: Node prints the stack frames ("    at …" lines naming files); mini-js has none and prints the rest exactly
// errors print their stack: Name: message (mini-js: without frame lines)
console.log(new Error('boom'));
console.log(new TypeError('bad type'));
console.log(new RangeError('out of range'));
