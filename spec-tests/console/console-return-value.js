// esid: host-console-log
// console methods return undefined
console.log(console.log('x'));
console.log([console.count('r')]);
