// esid: sec-block-level-function-declarations-web-legacy-compatibility-semantics
// In strict code a function declared in a block is scoped to that block.
'use strict';
{
  function blockFn() { return 'block'; }
  console.log(blockFn());
}
console.log(typeof blockFn);
if (true) {
  function cond() { return 1; }
  console.log(cond());
}
console.log(typeof cond);
