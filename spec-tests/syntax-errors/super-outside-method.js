// esid: sec-function-definitions-static-semantics-early-errors
// super property access outside a method is an early error.
console.log('never printed');
function plain() { return super.x; }
