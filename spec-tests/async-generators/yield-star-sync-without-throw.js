// esid: sec-%asyncfromsynciteratorprototype%.throw
// throw() into yield* over a sync iterator lacking throw(): its return() is called and a TypeError results.
const syncIter = {
  [Symbol.iterator]() { return this; },
  next() { console.log('sync next'); return { value: 'v', done: false }; },
  return() { console.log('sync return called'); return { done: true }; },
};
async function* g() {
  try {
    yield* syncIter;
  } catch (e) {
    console.log('generator caught', e.constructor.name);
    yield 'after catch';
  }
}
(async () => {
  const it = g();
  console.log((await it.next()).value);
  const r = await it.throw(new Error('injected'));
  console.log('throw result', r.value, r.done);
})();
