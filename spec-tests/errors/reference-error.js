// esid: sec-getvalue
// Reading an undeclared identifier throws ReferenceError "x is not defined".
console.log(typeof x);
try { x; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
console.log('now uncaught');
x + 1;
