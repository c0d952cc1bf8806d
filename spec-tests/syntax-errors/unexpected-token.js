// esid: sec-expressions
// A stray operator is a SyntaxError.
console.log('never printed');
const x = 1 + * 2;
