// esid: host-console-error-cause
// node-differs: Node prints the stack frames ("    at …" lines naming files); mini-js has none
// the cause of an error is shown as [cause]
console.log(new Error('outer', { cause: 'why' }));
