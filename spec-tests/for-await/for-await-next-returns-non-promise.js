// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// next() may return a plain object: for-await awaits it anyway; a non-object result is a TypeError.
const plain = {
  [Symbol.asyncIterator]() { let i = 0; return { next: () => ({ value: ++i, done: i > 2 }) }; },
};
const bad = { [Symbol.asyncIterator]() { return { next: () => Promise.resolve(7) }; } };
(async () => {
  for await (const v of plain) console.log('plain', v);
  try {
    for await (const v of bad) console.log('never');
  } catch (e) {
    console.log('bad result', e.constructor.name);
  }
})();
