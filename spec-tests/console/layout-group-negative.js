// esid: host-console-log
// negative and fractional numbers right-aligned in columns
const a = [];
for (let i = -10; i < 10; i++) a.push(i / 4);
console.log(a);
