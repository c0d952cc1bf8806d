// esid: sec-array.prototype.find
// find, findIndex, findLast and findLastIndex visit every index including holes.
const a = [5, 12, 8, 130, 44];
console.log(a.find((x) => x > 10), a.findIndex((x) => x > 10));
console.log(a.findLast((x) => x > 10), a.findLastIndex((x) => x > 10));
console.log(a.find((x) => x > 1000), a.findIndex((x) => x > 1000), a.findLast(() => false), a.findLastIndex(() => false));
const visited = [];
[1, , 3].find((v, i) => { visited.push(i + ':' + v); return false; });
console.log(visited);
const ctx = { limit: 10 };
console.log(a.find(function (x) { return x > this.limit; }, ctx));
const args = [];
['a'].findLast((v, i, arr) => args.push(v, i, arr.length));
console.log(args);
