// esid: host-console-log
// arrays of many small objects
const a = [];
for (let i = 0; i < 8; i++) a.push({ i });
console.log(a);
const b = [];
for (let i = 0; i < 8; i++) b.push([i, i]);
console.log(b);
