// esid: host-console-log
// a cycle through a map value and through an array
const holder = { list: [] };
holder.list.push({ parent: holder });
const m = new Map([['h', holder]]);
console.log(m);
console.log(holder);
