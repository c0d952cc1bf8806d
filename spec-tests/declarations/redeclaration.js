// esid: sec-block-static-semantics-early-errors
// Shadowing in nested scopes is allowed; the same name in separate blocks is independent.
let a = 1;
{ let a = 2; { let a = 3; console.log(a); } console.log(a); }
console.log(a);
function p(a) { { let a = 'block'; } return a; }
console.log(p('param'));
function q(x) { var x; return x; }
console.log(q('kept'));
function r(x) { var x = 'reassigned'; return x; }
console.log(r('orig'));
