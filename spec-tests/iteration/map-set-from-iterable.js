// esid: sec-map-constructor
// new Map and new Set consume iterables step by step, calling set/add per entry.
function src(items) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { console.log('next'); return i < items.length ? { value: items[i++], done: false } : { done: true }; },
  };
}
const m = new Map(src([['a', 1], ['b', 2], ['a', 3]]));
console.log(m.size, m.get('a'), [...m.keys()].join(','));
const s = new Set(src(['x', 'y', 'x']));
console.log(s.size, [...s].join(','));
