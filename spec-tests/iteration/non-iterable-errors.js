// esid: sec-getiterator
// Iterating a non-iterable throws a TypeError; next returning a non-object throws too.
const tries = {
  'for-of object': () => { for (const x of {}) {} },
  'spread number': () => [...5],
  'destructure null': () => { const [a] = null; },
  'next returns 1': () => { for (const x of { [Symbol.iterator]: () => ({ next: () => 1 }) }) {} },
  'iterator not object': () => { for (const x of { [Symbol.iterator]: () => 3 }) {} },
};
for (const [name, fn] of Object.entries(tries)) {
  try { fn(); console.log(name, 'no error'); } catch (e) { console.log(name, e.constructor.name); }
}
