// esid: host-console-log
// async functions print as [AsyncFunction: name]
async function load() {}
console.log(load);
console.log(async () => {});
const o = { async m() {} };
console.log(o.m);
