// esid: sec-switch-statement-runtime-semantics-evaluation
// The case block is one lexical scope; a let from a skipped case is in TDZ.
function f(v) {
  switch (v) {
    case 'a':
      let msg = 'from a';
      return msg;
    case 'b':
      try { return msg; } catch (e) { return e.constructor.name; }
  }
}
console.log(f('a'), f('b'));
let r = 'outer';
switch (1) { case 1: { let r = 'inner'; } }
console.log(r);
