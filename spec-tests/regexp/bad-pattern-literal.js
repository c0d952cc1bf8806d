// esid: sec-primary-expression-regular-expression-literals-static-semantics-early-errors
// An invalid pattern in a literal is an early SyntaxError: nothing runs.
console.log("never printed");
const re = /a(/;
