// esid: sec-left-hand-side-expressions-static-semantics-early-errors
// An optional chain is not a valid assignment target.
console.log('never printed');
const o = {};
o?.a = 1;
