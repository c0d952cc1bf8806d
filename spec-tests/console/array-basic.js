// esid: host-console-log
// arrays of primitives print in brackets with spaces
console.log([1, 2, 3]);
console.log(['a', 'b']);
console.log([true, null, undefined]);
console.log([]);
