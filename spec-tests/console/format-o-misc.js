// esid: host-console-format-o
// %o of strings, nested arrays and maps
console.log('%o', 'str');
console.log('%o', [1, [2]]);
console.log('%o', new Map([[1, 2]]));
