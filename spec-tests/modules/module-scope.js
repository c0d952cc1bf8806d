// esid: sec-moduledeclarationenvironmentsetup
// Module code: declarations stay in the module's environment, `this` is undefined, the
// code is strict and there is no arguments object.
var counter = 1;
function helper() {
  return this;
}
class Box {}
console.log(globalThis.counter, globalThis.helper, globalThis.Box, typeof counter);
console.log(this, helper(), typeof arguments);
await null;
try {
  notDeclared = 5;
} catch (e) {
  console.log(e instanceof ReferenceError);
}
console.log(typeof helper, counter + 1);
