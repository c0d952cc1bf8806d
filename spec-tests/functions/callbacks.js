// esid: sec-function-calls-runtime-semantics-evaluation
// Functions as values: passing, returning, composing.
const compose = (...fs) => (x) => fs.reduceRight((acc, f) => f(acc), x);
const inc = (x) => x + 1, dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function apply(f, ...args) { return f(...args); }
console.log(apply(Math.min, 4, 2, 8));
const table = { add: (a, b) => a + b, mul: (a, b) => a * b };
console.log(['add', 'mul'].map((op) => table[op](3, 4)));
function curry(f) { return function c(...a) { return a.length >= f.length ? f(...a) : (...b) => c(...a, ...b); }; }
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3));
