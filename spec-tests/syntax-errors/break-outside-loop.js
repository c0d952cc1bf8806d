// esid: sec-break-statement-static-semantics-early-errors
// break outside of a loop or switch is an early error.
console.log('never printed');
if (true) { break; }
