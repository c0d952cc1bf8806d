// esid: host-console-error-settled
// node-differs: V8 prints a frame for the built-in JSON.parse ('at JSON.parse (<anonymous>)'); mini-js gives built-ins no stack frame and prints the rest exactly
// allSettled-style results with a rejection reason
let reason;
try { JSON.parse('{'); } catch (e) { reason = e; }
console.log([{ status: 'fulfilled', value: 1 }, { status: 'rejected', reason }]);
