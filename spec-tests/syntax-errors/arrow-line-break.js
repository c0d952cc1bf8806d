// esid: sec-arrow-function-definitions
// No line terminator is allowed between arrow parameters and =>.
console.log('never printed');
const f = (a)
  => a;
