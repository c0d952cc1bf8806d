// esid: host-console-log
// an array filled with one object (not circular)
console.log(new Array(3).fill({ x: 1 }));
