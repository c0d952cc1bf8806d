// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// A hand-written async iterator whose value is a promise: for-await does not unwrap it.
const source = {
  [Symbol.asyncIterator]() {
    let done = false;
    return { next() { const r = { value: Promise.resolve('inner'), done }; done = true; return Promise.resolve(r); } };
  },
};
(async () => {
  for await (const v of source) console.log(v instanceof Promise, await v);
  for await (const v of [Promise.resolve('from array')]) console.log(typeof v, v);
})();
