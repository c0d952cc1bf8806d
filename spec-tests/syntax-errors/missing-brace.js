// esid: sec-function-definitions
// A missing closing brace: the program never starts.
console.log('never printed');
function f() {
  return 1;
