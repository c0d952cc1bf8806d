// esid: host-console-error-cause
// Node's stack frames are compared after dropping its own (node:internal) frames, with paths from the repository root
// the cause of an error is shown as [cause]
console.log(new Error('outer', { cause: 'why' }));
