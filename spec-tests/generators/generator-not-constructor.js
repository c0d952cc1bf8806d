// esid: sec-generator-function-definitions-runtime-semantics-evaluation
// Generator functions cannot be used with new; calling them returns a fresh generator each time.
function* gf() { yield this === undefined ? 'strict?' : typeof this; }
try {
  new gf();
} catch (e) {
  console.log('new threw', e.constructor.name);
}
const x = gf();
const y = gf();
console.log(x !== y);
const obj = { gf };
console.log(obj.gf().next().value);
