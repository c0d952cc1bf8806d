// esid: sec-primary-expression-regular-expression-literals-static-semantics-early-errors
// Invalid flags in a literal are an early SyntaxError.
console.log("never printed");
const re = /a/gg;
