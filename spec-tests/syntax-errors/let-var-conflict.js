// esid: sec-block-static-semantics-early-errors
// A var that hoists over a let of the same name in an enclosing block is an early error.
console.log('never printed');
{ let v = 1; { var v = 2; } }
