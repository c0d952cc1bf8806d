// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// for-of targets: var, let, destructuring patterns and member expressions.
const pairs = [['a', 1], ['b', 2]];
const target = {};
for (target.last of ['x', 'y']) {}
for ([target.k, target.v] of pairs) {}
const out = [];
for (const { length } of ['abc', 'de']) out.push(length);
for (var [k, v = 'dflt'] of [['p'], ['q', 'Q']]) out.push(k + v);
console.log(target.last, target.k, target.v, out.join(','), k, v);
