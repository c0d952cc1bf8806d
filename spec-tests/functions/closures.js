// esid: sec-function-definitions-runtime-semantics-evaluation
// Closures capture bindings, not values; each call gets a fresh environment.
function counter() {
  let n = 0;
  return { inc: () => ++n, get: () => n };
}
const c1 = counter(), c2 = counter();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
let shared = 1;
const read = () => shared;
shared = 2;
console.log(read());
function adder(a) { return (b) => (c) => a + b + c; }
console.log(adder(1)(2)(3));
const fns = [];
for (var i = 0; i < 3; i++) fns.push(((j) => () => j)(i));
console.log(fns.map((f) => f()));
function once(f) { let done = false, r; return (...a) => (done ? r : ((done = true), (r = f(...a)))); }
const o = once((x) => x * 2);
console.log(o(5), o(100));
