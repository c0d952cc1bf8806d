// esid: host-console-error-settled
// node-differs: Node prints the stack frames ("    at …" lines naming files); mini-js has none
// allSettled-style results with a rejection reason
let reason;
try { JSON.parse('{'); } catch (e) { reason = e; }
console.log([{ status: 'fulfilled', value: 1 }, { status: 'rejected', reason }]);
