// esid: sec-runtime-semantics-iteratordestructuringassignmentevaluation
// Destructuring assignment: target evaluation order and iterator closing on exceptions.
const it = () => ({
  i: 0,
  [Symbol.iterator]() { return this; },
  next() { this.i++; console.log('next', this.i); return { value: this.i, done: false }; },
  return() { console.log('return'); return {}; },
});
const obj = {};
let a, b;
[a, obj.p, b] = it();
console.log(a, obj.p, b);
const target = { set x(v) { console.log('setter got', v); throw new Error('setter failed'); } };
try {
  [target.x, a] = it();
} catch (e) {
  console.log('caught', e.message);
}
