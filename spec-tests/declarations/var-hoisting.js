// esid: sec-variable-statement
// var declarations are hoisted to the function scope and initialised to undefined.
console.log(typeof early, early);
var early = 'set';
console.log(early);
function f() {
  console.log(inner);
  if (false) { var inner = 1; }
  console.log(inner);
  for (var i = 0; i < 2; i++) { var loopVar = i; }
  return [i, loopVar];
}
console.log(f());
var dup = 1;
var dup;
console.log(dup);
function g() { x = 5; var x; return x; }
console.log(g());
