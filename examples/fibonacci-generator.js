// An endless Fibonacci generator: the state lives in the suspended generator and the
// destructuring swap computes the next pair. The caller decides how many numbers it wants.

function* fibonacci() {
  let [current, next] = [0, 1];
  while (true) {
    yield current;
    [current, next] = [next, current + next];
  }
}

const fib = fibonacci();
console.log(fib.next().value, fib.next().value, fib.next().value, fib.next().value);

function take(iterable, count) {
  const out = [];
  for (const value of iterable) {
    if (out.length === count) break;
    out.push(value);
  }
  return out;
}

console.log('first twelve:', take(fibonacci(), 12).join(' '));
console.log('first above 1000:', take(fibonacci(), 20).find((n) => n > 1000));
