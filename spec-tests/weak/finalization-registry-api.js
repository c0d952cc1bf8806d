// esid: sec-finalization-registry-objects
// register returns undefined, unregister reports whether cells were removed; the callback never runs synchronously.
let calls = 0;
const registry = new FinalizationRegistry(() => { calls++; });
const token = {};
console.log(registry.register({}, 'held', token), registry.register({}, 'other'));
console.log(registry.unregister(token), registry.unregister(token), registry.unregister({}));
const sym = Symbol('token');
registry.register({}, 1, sym);
console.log(registry.unregister(sym));
const errors = [
  () => registry.register(1, 'x'),
  () => { const o = {}; registry.register(o, o); },
  () => registry.register({}, 'x', 1),
  () => registry.unregister(1),
  () => new FinalizationRegistry(),
  () => FinalizationRegistry(() => {}),
  () => FinalizationRegistry.prototype.register.call({}, {}),
];
for (const f of errors) {
  try { f(); } catch (e) { console.log(e.constructor.name, e.message); }
}
// held values may be anything but the target; undefined as the token means none.
console.log(registry.register({}, undefined, undefined), calls);
console.log(registry, Object.prototype.toString.call(registry));
console.log(Object.getOwnPropertyNames(FinalizationRegistry.prototype), FinalizationRegistry.length);
