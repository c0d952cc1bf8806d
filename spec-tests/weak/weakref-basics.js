// esid: sec-weak-ref-objects
// WeakRef holds an object or a non-registered symbol; deref returns it while it is alive.
const target = { name: 'target' };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().name);
const sym = Symbol('held');
console.log(new WeakRef(sym).deref() === sym);
for (const v of [1, 'x', undefined, Symbol.for('registered')]) {
  try { new WeakRef(v); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { WeakRef({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakRef.prototype.deref.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(ref, [ref], { ref });
console.log(Object.prototype.toString.call(ref), WeakRef.length, Object.getOwnPropertyNames(WeakRef.prototype));
class Sub extends WeakRef {}
console.log(new Sub(target).deref() === target, new Sub(target) instanceof WeakRef);
