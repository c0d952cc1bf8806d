// Closures: counter factories, private state, and per-iteration `let` bindings.

function makeCounter(start = 0, step = 1) {
  let value = start;
  return {
    next() { value += step; return value; },
    reset() { value = start; return value; },
    get current() { return value; },
  };
}

const byOne = makeCounter();
const byTen = makeCounter(100, 10);
byOne.next(); byOne.next(); byOne.next();
byTen.next();
console.log(`byOne is at ${byOne.current}, byTen is at ${byTen.current}`);
console.log(`after reset: ${byOne.reset()}, byTen untouched: ${byTen.current}`);

// Each iteration of `for (let ...)` gets its own `i`; `var` shares one.
const withLet = [];
const withVar = [];
for (let i = 0; i < 3; i++) withLet.push(() => i);
for (var j = 0; j < 3; j++) withVar.push(() => j);
console.log('let:', withLet.map((f) => f()).join(' '));
console.log('var:', withVar.map((f) => f()).join(' '));

// A memoising wrapper keeps its cache in a closure.
function memoize(fn) {
  const cache = new Map();
  let misses = 0;
  const wrapped = (n) => {
    if (!cache.has(n)) { misses++; cache.set(n, fn(n)); }
    return cache.get(n);
  };
  wrapped.misses = () => misses;
  return wrapped;
}
const fib = memoize((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(`fib(50) = ${fib(50)} computed with ${fib.misses()} cache misses`);

// Partial application builds new functions from old ones.
const greet = (greeting, punctuation) => (name) => `${greeting}, ${name}${punctuation}`;
const hello = greet('Hello', '!');
const hmm = greet('Hmm', '?');
console.log(['Ada', 'Grace'].map(hello).join(' '), hmm('Linus'));
