// esid: host-console-log
// arrays of more than six numbers group into right-aligned columns
const a = [];
for (let i = 0; i < 30; i++) a.push(i * 37 % 1000);
console.log(a);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log([1, 2, 3, 4, 5, 6]);
