// esid: host-console-format-s
// Node's stack frames are compared after dropping its own (node:internal) frames, with paths from the repository root
// %s of an error inspects it (its stack in Node)
console.log('%s', new Error('e'));
console.log('%s!', new TypeError('t'));
