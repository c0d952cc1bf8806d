// esid: sec-function-definitions-static-semantics-early-errors
// Duplicate parameter names are an error in strict functions.
'use strict';
console.log('never printed');
function f(a, a) { return a; }
