// esid: host-console-log
// grouping with hole markers and extra keys
const a = [1, 2, , 4, 5, 6, 7, 8, , 10];
console.log(a);
const b = [1, 2, 3, 4, 5, 6, 7];
b.extra = true;
console.log(b);
