// esid: host-console-dir
// console.dir with showHidden
console.dir([1, 2], { showHidden: true });
console.dir({ a: 1 }, { showHidden: true });
