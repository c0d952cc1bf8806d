// esid: host-console-log
// a map that contains itself
const m = new Map();
m.set('self', m);
console.log(m);
const s = new Set();
s.add(s);
console.log(s);
