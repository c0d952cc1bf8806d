// esid: host-console-log
// numbers inside containers
console.log([0.5, 100, -3.25, 1e100]);
console.log({ pi: Math.PI, e: Math.E });
