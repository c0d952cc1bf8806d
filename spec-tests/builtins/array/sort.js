// esid: sec-array.prototype.sort
// Default sort compares strings; comparator sort; undefined and holes go last; stable.
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log(['b', 'a', 'C', 'B', 'é', 'z'].sort());
const withHoles = [3, undefined, 1, , 2].sort();
console.log(withHoles.length, withHoles.slice(0, 3), withHoles[3], 3 in withHoles, 4 in withHoles);
const people = [
  { n: 'a', age: 30 }, { n: 'b', age: 25 }, { n: 'c', age: 30 }, { n: 'd', age: 25 }, { n: 'e', age: 30 },
];
console.log(people.sort((x, y) => x.age - y.age).map((p) => p.n).join(''));
const arr = [3, 1, 2];
console.log(arr.sort() === arr, arr);
console.log([true, false, null, 'null'].sort());
console.log([5, 1, 4].sort((a, b) => b - a), [-1, -2, 3].sort());
try { [1, 2].sort('not a function'); } catch (e) { console.log(e.name, e.message); }
const big = [];
for (let i = 0; i < 50; i++) big.push({ k: i % 3, i });
big.sort((a, b) => a.k - b.k);
console.log(big.slice(0, 5).map((x) => x.i).join(','), big.slice(-3).map((x) => x.i).join(','));
