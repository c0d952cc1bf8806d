// esid: host-console-error-empty
// node-differs: Node prints the stack frames ("    at …" lines naming files); mini-js has none
// an error without a message, and one with a changed name
console.log(new Error());
const e = new RangeError('r');
e.name = 'Custom';
console.log(e);
