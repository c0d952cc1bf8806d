// esid: sec-labelled-statements-static-semantics-early-errors
// continue to a label that does not exist is an early error.
console.log('never printed');
for (;;) { continue nowhere; }
