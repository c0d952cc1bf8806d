// esid: host-console-dir
// console.dir and %O of a long multi-line string split it too
console.dir('line one is here and it is long\nline two is also here and long\nthree');
console.log('%O', 'line one is here and it is long\nline two is also here and long\nthree');
