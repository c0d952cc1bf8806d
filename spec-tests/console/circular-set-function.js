// esid: host-console-log
// cycles through a set member and a function property
const s = new Set();
const k = { s };
s.add(k);
console.log(s);
const f = function self() {};
f.me = f;
console.log(f);
