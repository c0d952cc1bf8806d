// esid: host-console-log
// runs of holes collapse into <N empty items>
console.log([1, , , , 5]);
console.log(new Array(5));
const a = [];
a[3] = 'x';
console.log(a);
a.length = 10;
console.log(a);
