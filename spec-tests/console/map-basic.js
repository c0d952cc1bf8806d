// esid: host-console-log
// maps print as Map(n) { key => value }
console.log(new Map([['a', 1], ['b', 2]]));
console.log(new Map());
console.log(new Map([[{ k: 1 }, [1, 2]]]));
console.log(new Map([[1, new Map([[2, 3]])]]));
