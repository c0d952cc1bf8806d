// esid: sec-class-definitions
// Class declarations are block scoped and in TDZ before the declaration.
try { new Early(); } catch (e) { console.log(e.name + ': ' + e.message); }
class Early {}
console.log(typeof Early);
{
  class Local { static who() { return 'local'; } }
  console.log(Local.who());
}
console.log(typeof Local);
const Expr = class Named { name() { return typeof Named; } };
console.log(new Expr().name(), typeof Named);
