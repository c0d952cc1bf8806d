// esid: host-console-dir
// console.dir inspects one value; strings are quoted
console.dir({ a: 1 });
console.dir('str');
console.dir([1, 'two']);
console.dir(5, { depth: 0 });
