// esid: sec-ecmascript-function-objects-call-thisargument-argumentslist
// Recursion 10000 calls deep must work.
function f(n) { return n ? f(n - 1) + 1 : 0; }
console.log(f(10000));
const g = (n) => (n === 0 ? 'bottom' : g(n - 1));
console.log(g(5000));
