// esid: sec-getiterator
// An iterable that returns a fresh iterator each time can be iterated twice; an iterator itself cannot.
const range = {
  from: 2,
  to: 5,
  [Symbol.iterator]() {
    let cur = this.from;
    const last = this.to;
    return { next: () => (cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }) };
  },
};
console.log([...range].join(','), [...range].join(','));
const once = range[Symbol.iterator]();
const onceIterable = { [Symbol.iterator]: () => once };
console.log([...onceIterable].join(','), '|' + [...onceIterable].join(',') + '|');
