// esid: sec-set.prototype.union
// Set composition methods: union, intersection, difference, symmetricDifference, subset tests.
const a = new Set([1, 2, 3]), b = new Set([3, 4]);
console.log([...a.union(b)], [...a.intersection(b)], [...a.difference(b)], [...a.symmetricDifference(b)]);
console.log(new Set([1]).isSubsetOf(a), a.isSupersetOf(new Set([2, 3])), a.isDisjointFrom(new Set([9])));
console.log([...a.values()], [...a.keys()], JSON.stringify([...new Set(['x']).entries()]));
