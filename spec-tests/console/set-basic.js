// esid: host-console-log
// sets print as Set(n) { values }
console.log(new Set([1]));
console.log(new Set());
console.log(new Set(['a', 'b', { c: 1 }]));
console.log(new Set([[1, 2], new Set([3])]));
