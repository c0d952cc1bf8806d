// esid: sec-error-constructor
// Errors carry a string stack whose first line is the toString result (host-defined, Node includes it).
const e = new RangeError('range!');
console.log(typeof e.stack, e.stack.split('\n')[0]);
console.log(Object.keys(e).length, 'stack' in e);
