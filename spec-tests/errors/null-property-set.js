// esid: sec-putvalue
// Writing a property of null/undefined throws; uncaught it ends the run.
let target = null;
try { target.x = 1; } catch (e) { console.log(e.message); }
target = undefined;
target.y = 2;
