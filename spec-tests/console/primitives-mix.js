// esid: host-console-log
// several arguments are joined by spaces
console.log(1, 'a', true, null, undefined, Symbol('s'));
console.log([1, 'a', true, null, undefined, Symbol('s')]);
console.log();
