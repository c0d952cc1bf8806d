// esid: host-console-format-s
// node-differs: Node prints the stack frames ("    at …" lines naming files); mini-js has none
// %s of an error inspects it (its stack in Node)
console.log('%s', new Error('e'));
console.log('%s!', new TypeError('t'));
