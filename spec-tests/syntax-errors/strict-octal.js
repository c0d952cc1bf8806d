// esid: sec-numeric-literals-early-errors
// Legacy octal literals are a SyntaxError in strict code.
'use strict';
console.log('never printed');
const n = 017;
