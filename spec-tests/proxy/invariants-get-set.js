// esid: sec-proxy-object-internal-methods-and-internal-slots-get-p-receiver
// The invariants of [[Get]], [[Set]], [[HasProperty]] and [[Delete]].
const t = {};
Object.defineProperty(t, 'fixed', { value: 1, writable: false, configurable: false });
Object.defineProperty(t, 'noGetter', { set(v) {}, configurable: false });
const liar = new Proxy(t, {
  get() { return 2; },
  set() { return true; },
  has() { return false; },
  deleteProperty() { return true; },
});
const attempts = [
  () => liar.fixed,
  () => liar.noGetter,
  () => { liar.fixed = 5; },
  () => 'fixed' in liar,
  () => delete liar.fixed,
];
for (const f of attempts) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const frozen = Object.preventExtensions({ x: 1 });
const hider = new Proxy(frozen, { has() { return false; }, deleteProperty() { return true; } });
try { 'x' in hider; } catch (e) { console.log(e.message); }
try { delete hider.x; } catch (e) { console.log(e.message); }
console.log('absent' in hider);
const refuses = new Proxy({}, { set() { return false; }, deleteProperty() { return false; } });
refuses.a = 1;
console.log(delete refuses.a);
(function () {
  'use strict';
  try { refuses.a = 1; } catch (e) { console.log(e.message); }
  try { delete refuses.a; } catch (e) { console.log(e.message); }
})();
