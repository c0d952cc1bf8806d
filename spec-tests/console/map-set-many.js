// esid: host-console-log
// large sets and maps are not grouped into columns
const s = new Set();
for (let i = 0; i < 30; i++) s.add(i);
console.log(s);
const m = new Map();
for (let i = 0; i < 5; i++) m.set(i, i * i);
console.log(m);
