// esid: host-console-log
// built-in functions
console.log(Math.max);
console.log([].push);
console.log(Object);
console.log(Array.prototype.map, JSON.stringify);
