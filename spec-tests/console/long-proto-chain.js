// esid: host-console-log
// a long prototype chain is walked without recursion
let o = {};
for (let i = 0; i < 5000; i++) o = Object.create(o);
console.log(o);
