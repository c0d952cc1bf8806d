// esid: host-console-log
// maps and sets with own properties
const m = new Map([[1, 2]]);
m.extra = 'x';
console.log(m);
const s = new Set();
s.extra = 'y';
console.log(s);
