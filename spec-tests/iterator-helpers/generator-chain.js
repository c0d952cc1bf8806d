// esid: sec-iterator.prototype.map
// Helpers chain on generators (and on any built-in iterator): filter, map, toArray.
function* gen() {
  for (let i = 0; i < 10; i++) yield i;
}
console.log(gen().filter((x) => x % 2).map((x) => x * 2).toArray());
console.log([1, 2, 3].values().map((x, i) => `${i}:${x}`).toArray());
console.log(new Set(['a', 'b']).values().map((s) => s.toUpperCase()).toArray());
console.log(new Map([[1, 'one']]).entries().map(([k, v]) => v + k).toArray());
console.log('abc'[Symbol.iterator]().filter((c) => c !== 'b').toArray());
const helper = gen().map((x) => x);
console.log(helper, typeof helper.next, helper[Symbol.iterator]() === helper);
console.log(Object.prototype.toString.call(helper), helper[Symbol.toStringTag]);
console.log([...gen().take(3)], Array.from(gen().drop(8)));
for (const x of gen().filter((x) => x > 7)) console.log('for-of', x);
