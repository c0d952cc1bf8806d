// esid: sec-ecmascript-function-objects-call-thisargument-argumentslist
// Unbounded recursion throws a catchable RangeError "Maximum call stack size exceeded".
function forever(n) { return forever(n + 1) + 1; }
try { forever(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
console.log('recovered');
