// esid: sec-functiondeclarationinstantiation
// Default parameters: evaluated at call time, left to right, only for undefined.
function f(a, b = a * 2, c = a + b) { return [a, b, c]; }
console.log(f(1), f(1, 5), f(1, undefined, 0), f(1, null));
let calls = 0;
function g(x = ++calls) { return x; }
g(); g(); g(10);
console.log(calls);
function h(a = 1, b) { return [a, b]; }
console.log(h(), h(undefined, 2), h.length);
function early(a = b, b = 1) { return a; }
try { early(); } catch (e) { console.log(e.name, e.message); }
const arrow = (x, y = () => x) => { x = 'reassigned'; return y(); };
console.log(arrow('orig'));
function withObj({ name = 'anon' } = {}) { return name; }
console.log(withObj(), withObj({ name: 'bob' }));
