// esid: sec-functiondeclarationinstantiation
// Function declarations are hoisted with their bodies; later declarations win.
console.log(hoisted());
function hoisted() { return 'hoisted'; }
console.log(twice());
function twice() { return 'first'; }
function twice() { return 'second'; }
console.log(typeof expr);
var expr = function () { return 'expr'; };
console.log(expr());
function outer() {
  return inner();
  function inner() { return 'inner after return'; }
}
console.log(outer());
var shadowed = 'var';
function shadowed() {}
console.log(typeof shadowed);
