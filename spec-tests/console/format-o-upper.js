// esid: host-console-format-o
// %O is util.inspect with the defaults
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('value: %O', [1, 2]);
console.log('%O', 'str');
