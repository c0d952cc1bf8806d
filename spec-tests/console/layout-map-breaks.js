// esid: host-console-log
// maps break like objects
const m = new Map();
for (let i = 0; i < 6; i++) m.set('key number ' + i, { value: i });
console.log(m);
