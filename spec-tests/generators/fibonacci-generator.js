// esid: sec-generator.prototype.next
// An infinite Fibonacci generator with a destructuring swap, taken step by step.
function* fib() {
  let [a, b] = [0, 1];
  while (true) {
    yield a;
    [a, b] = [b, a + b];
  }
}
const it = fib();
const firsts = [];
for (let i = 0; i < 10; i++) firsts.push(it.next().value);
console.log(firsts.join(' '));
