// esid: host-console-log
// objects with many short keys
const o = {};
for (let i = 0; i < 30; i++) o['k' + i] = i;
console.log(o);
