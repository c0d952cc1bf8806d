// esid: sec-blockdeclarationinstantiation
// let, const and class are block scoped; var is not.
{
  var v = 'var';
  let l = 'let';
  const c = 'const';
  class K {}
}
console.log(typeof v, typeof l, typeof c, typeof K);
let x = 'outer';
if (true) { let x = 'if'; console.log(x); }
console.log(x);
for (let x = 0; x < 1; x++) { let x = 'body'; console.log(x); }
console.log(x);
try { throw 1; } catch (x) { let y = x + 1; console.log(y); }
console.log(typeof y);
