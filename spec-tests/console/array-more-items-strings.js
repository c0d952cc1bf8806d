// esid: host-console-log
// the cut after 100 entries with string entries
const a = [];
for (let i = 0; i < 120; i++) a.push('s' + i);
console.log(a);
