// esid: host-console-log
// Math and JSON carry a toStringTag
console.log(Object.keys(Math).length, typeof JSON);
console.log(Math);
console.log(JSON);
