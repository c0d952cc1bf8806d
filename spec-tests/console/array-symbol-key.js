// esid: host-console-log
// an array with a symbol-keyed property
console.log(Object.assign([1, 2, 3], { [Symbol('s')]: 1 }));
