// esid: host-console-log
// the grouped layout of 100 and more numbers
const a = [];
for (let i = 0; i < 100; i++) a.push(i);
console.log(a);
const b = [];
for (let i = 0; i < 200; i++) b.push(i * i);
console.log(b);
