// esid: host-console-log
// an array with a null prototype
const a = [1, 2];
Object.setPrototypeOf(a, null);
console.log(a);
