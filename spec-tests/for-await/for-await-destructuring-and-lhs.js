// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// for-await with destructuring patterns, let/var bindings and closures per iteration.
async function* pairs() { yield ['a', 1]; yield ['b', 2]; }
(async () => {
  const fns = [];
  for await (const [k, v] of pairs()) fns.push(() => k + v);
  console.log(fns.map(f => f()).join(','));
  const o = {};
  for await (o.last of pairs()) {}
  console.log(o.last.join(':'));
  for await (var { 0: first } of pairs());
  console.log('var leaked', first);
})();
