// esid: host-console-error-nested
// Node's stack frames are compared after dropping its own (node:internal) frames, with paths from the repository root
// errors inside containers break them over lines
console.log({ error: new Error('inner') });
console.log([new Error('a'), 1]);
