// esid: sec-native-error-types-used-in-this-standard-typeerror
// Caught TypeError/ReferenceError/RangeError messages for common mistakes, as V8 words them.
const cases = [
  () => undefined.foo,
  () => null.foo,
  () => { const o = {}; return o.a.b; },
  () => { const o = {}; o.method(); },
  () => { let f = 5; f(); },
  () => { const s = 'str'; s(); },
  () => notDefinedAnywhere,
  () => { const c = 1; c = 2; },
  () => { const notCtor = () => 1; new notCtor(); },
  () => new Array(-1),
  () => { null.x = 1; },
  () => { undefined[0] = 1; },
  () => { const { a } = null; },
  () => Symbol() + '',
  () => { class A {} A(); },
  () => { [].reduce((a, b) => a); },
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
