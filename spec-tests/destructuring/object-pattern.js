// esid: sec-destructuring-binding-patterns
// Object binding patterns: renaming, defaults, nesting, computed keys, rest.
const { a, b: renamed, c = 'dflt', d: { e } = { e: 'nested default' } } = { a: 1, b: 2 };
console.log(a, renamed, c, e);
const key = 'dyn';
const { [key]: dynVal, ...others } = { dyn: 'D', x: 1, y: 2 };
console.log(dynVal, others);
const { length } = 'hello';
console.log(length);
const { toFixed } = 5;
console.log(typeof toFixed);
const { x: { y: deep } } = { x: { y: 'deep' } };
console.log(deep);
try { const { z } = undefined; } catch (e) { console.log(e.name); }
const { inherited } = Object.create({ inherited: 'from proto' });
console.log(inherited);
const { ...copy } = Object.create({ hidden: 1 }, { own: { value: 2, enumerable: true } });
console.log(copy);
