// esid: host-console-log
// seven pairs are not grouped (each entry is too long)
console.log([['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5], ['f', 6], ['g', 7]]);
console.log(Object.entries({ a: 1, b: 2 }));
