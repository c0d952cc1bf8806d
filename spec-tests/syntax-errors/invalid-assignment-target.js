// esid: sec-assignment-operators-static-semantics-early-errors
// Assigning to a non-reference (a literal or a call result) is an early SyntaxError.
console.log('never printed');
1 = 2;
