// esid: sec-symbol.for
// Symbol.for shares symbols through the global registry; Symbol.keyFor looks them up.
const x = Symbol.for('app.key');
console.log(x === Symbol.for('app.key'), x.description, Symbol.keyFor(x));
console.log(Symbol.keyFor(Symbol('local')), Symbol.keyFor(Symbol.iterator));
try { Symbol.keyFor('str'); } catch (e) { console.log(e.name); }
console.log(Symbol.for() === Symbol.for('undefined'));
