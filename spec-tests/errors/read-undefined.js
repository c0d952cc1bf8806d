// esid: sec-evaluate-property-access-with-identifier-key
// Reading a property of undefined: caught message, then uncaught.
const obj = {};
try { obj.missing.foo; } catch (e) { console.log(e.name, e.message); }
const u = undefined;
console.log('about to fail');
u.foo;
