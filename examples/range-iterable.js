// A range object made iterable with a Symbol.iterator method: for-of, spread and
// destructuring all ask it for a fresh iterator, so it can be walked more than once.

const range = {
  from: 1,
  to: 5,
  [Symbol.iterator]() {
    let current = this.from;
    const last = this.to;
    return {
      next() {
        if (current <= last) return { value: current++, done: false };
        return { value: undefined, done: true };
      },
    };
  },
};

for (const n of range) console.log('for-of:', n);
console.log('spread:', [...range].join(' '));
const [first, second, ...others] = range;
console.log('destructured:', first, second, 'and', others.length, 'more');
console.log('sum:', [...range].reduce((a, b) => a + b, 0));
