// esid: host-console-log
// nested arrays to depth 2, then [Array]
console.log([1, [2, [3, [4, [5]]]]]);
console.log([[[]]]);
console.log([[[[]]]]);
