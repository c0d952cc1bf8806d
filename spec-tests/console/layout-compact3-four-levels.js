// esid: host-console-log
// four levels deep: the outermost breaks even when short
console.log({ a: { b: { c: { } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 5 });
console.dir([[[[1]]]], { depth: 5 });
console.dir({ k: [[[['deep']]]] }, { depth: null });
