// esid: sec-weakmap-objects
// WeakMap keys are objects and non-registered symbols; set chains; other keys are refused or ignored.
const a = {}, b = function () {}, s = Symbol('local');
const wm = new WeakMap([[a, 1], [b, 2]]);
console.log(wm.get(a), wm.get(b), wm.has(a), wm.has({}));
console.log(wm.set(s, 3) === wm, wm.get(s));
console.log(wm.delete(a), wm.delete(a), wm.has(a), wm.get(a));
console.log(wm.get(1), wm.has('x'), wm.delete(null));
for (const k of [1, 'str', null, undefined, true, Symbol.for('registered')]) {
  try {
    wm.set(k, 0);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
try {
  WeakMap();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  WeakMap.prototype.get.call(new Map(), a);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.prototype.toString.call(wm), typeof WeakMap.prototype.clear, 'size' in wm);
console.log(WeakMap.length, WeakMap.name, Object.getOwnPropertyNames(WeakMap.prototype).sort());
