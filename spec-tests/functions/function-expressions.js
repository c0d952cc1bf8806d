// esid: sec-function-definitions-runtime-semantics-evaluation
// Named function expressions bind their own name (read-only) in their scope.
const f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(f(5), typeof fact);
const g = function inner() { inner = 1; return typeof inner; };
console.log(g());
const iife = (function () { return 'iife'; })();
console.log(iife);
console.log((() => 'arrow iife')());
const arr = [function () { return 'in array'; }];
console.log(arr[0]());
