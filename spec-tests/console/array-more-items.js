// esid: host-console-log
// arrays longer than 100 entries end with ... N more items
const a = [];
for (let i = 0; i < 101; i++) a.push(i);
console.log(a);
const b = [];
for (let i = 0; i < 150; i++) b.push(i % 7);
console.log(b);
