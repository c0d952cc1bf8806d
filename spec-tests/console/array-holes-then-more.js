// esid: host-console-log
// holes count toward the 100 shown entries
const a = new Array(300);
a[0] = 1;
a[299] = 2;
console.log(a);
const b = [];
for (let i = 0; i < 250; i += 2) b[i] = i;
console.log(b);
