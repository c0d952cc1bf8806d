// esid: host-console-log
// grouping inside an object property
const nums = [];
for (let i = 0; i < 40; i++) nums.push(i);
console.log({ nums });
console.log({ level: { nums } });
