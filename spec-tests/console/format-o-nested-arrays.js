// esid: host-console-format-o
// %o shows [length] at every level
console.log('%o', [[1]]);
console.log('%o', { list: ['a'] });
