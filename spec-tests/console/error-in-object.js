// esid: host-console-error-nested
// node-differs: Node prints the stack frames ("    at …" lines naming files); mini-js has none
// errors inside containers break them over lines
console.log({ error: new Error('inner') });
console.log([new Error('a'), 1]);
