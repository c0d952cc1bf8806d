// esid: sec-%iteratorhelperprototype%.next
// The TypeErrors of wrong receivers and of iterables that are not (Node 26's messages).
const hp = Object.getPrototypeOf([].values().map((x) => x));
const wp = Object.getPrototypeOf(Iterator.from({ next() {} }));
const cases = [
  () => hp.next.call({}),
  () => hp.return.call(1),
  () => wp.next.call({}),
  () => wp.return.call({}),
  () => Iterator.from({ [Symbol.iterator]: 1 }),
  () => Iterator.from({ [Symbol.iterator]() { return 1; } }),
  () => Iterator.concat({}),
  () => Iterator.concat({ [Symbol.iterator]() { return 1; } }).next(),
  () => [1].values().flatMap(() => ({ [Symbol.iterator]() { return 1; } })).next(),
  () => WeakRef.prototype.deref.call(new WeakMap()),
  () => new WeakMap([1]),
  () => new WeakMap({}),
  () => Map.prototype.get.call([].values().map((x) => x)),
  () => Map.prototype.get.call((function* () {})()),
];
for (const f of cases) {
  try {
    f();
    console.log('ok');
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
