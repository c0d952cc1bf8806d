// esid: host-console-log
// a sparse array with a trailing element and an extra key
const a = [1, 2, 3];
a[10] = 4;
a.x = 1;
console.log(a);
