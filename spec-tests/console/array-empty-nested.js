// esid: host-console-log
// empty arrays and objects inside containers
console.log({ a: [], b: {} });
console.log([[], {}, [[]], [{}]]);
