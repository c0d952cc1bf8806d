// esid: sec-block
// Blocks, empty statements and expression statements.
;;;
{ }
{ { console.log('nested block'); } }
let x = 1;
{ let x = 2; { let x = 3; console.log(x); } console.log(x); }
console.log(x);
1 + 1;
'just a string';
{ const x = 'scoped'; console.log(x); }
