// esid: host-console-dir
// console.dir with a depth option
const deep = { l1: { l2: { l3: { l4: { l5: {} } } } } };
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: 1 });
console.dir(deep, { depth: 4 });
console.dir(deep, { depth: null });
console.dir(deep, { depth: Infinity });
console.dir([[[[[1]]]]], { depth: -1 });
