// A bare iterator object built by a factory: next() counts from start to end. Calling next
// by hand shows the { value, done } results; wrapping it in an iterable lets for-of use it.

function makeCounter(start, end, step = 1) {
  let next = start;
  return {
    next() {
      if (next > end) return { value: undefined, done: true };
      const value = next;
      next += step;
      return { value, done: false };
    },
  };
}

const counter = makeCounter(10, 13);
let result = counter.next();
while (!result.done) {
  console.log('value', result.value, 'done', result.done);
  result = counter.next();
}
console.log('final', result.value, result.done);

const evens = makeCounter(0, 8, 2);
const iterable = { [Symbol.iterator]: () => evens };
console.log('evens:', Array.from(iterable).join(', '));
