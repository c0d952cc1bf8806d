// esid: sec-putvalue
// In strict mode assigning to an undeclared identifier throws ReferenceError.
'use strict';
try { undeclaredStrict = 1; } catch (e) { console.log(e.name, e.message); }
console.log(typeof undeclaredStrict);
