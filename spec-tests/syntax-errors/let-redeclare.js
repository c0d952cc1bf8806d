// esid: sec-block-static-semantics-early-errors
// Redeclaring a let binding in the same scope is an early error.
console.log('never printed');
let a = 1;
let a = 2;
