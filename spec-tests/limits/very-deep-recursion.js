// esid: sec-ecmascript-function-objects-call-thisargument-argumentslist
// 100000 calls deep either completes or throws a catchable RangeError; both print the same.
function f(n) { return n ? f(n - 1) + 1 : 0; }
let outcome;
try {
  const r = f(1e5);
  outcome = r === 100000;
} catch (e) {
  outcome = e instanceof RangeError;
}
console.log('completed or RangeError:', outcome);
console.log('still running');
