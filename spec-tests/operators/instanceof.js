// esid: sec-instanceofoperator
// instanceof walks the prototype chain; Symbol.hasInstance; errors for non-callables.
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, new A() instanceof B);
console.log([] instanceof Array, [] instanceof Object, ({}) instanceof Array);
function F() {}
const f = new F();
console.log(f instanceof F);
F.prototype = {};
console.log(f instanceof F);
console.log(Object.create(null) instanceof Object);
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
console.log(1 instanceof Number, new Number(1) instanceof Number);
try { ({}) instanceof {}; } catch (e) { console.log(e.constructor.name, e.message); }
