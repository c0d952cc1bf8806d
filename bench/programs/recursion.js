// Plain recursive calls: the cost of a JavaScript call.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
let total = 0;
for (let round = 0; round < 3; round++) total += fib(24);
console.log('fib', total);
