// esid: sec-array.prototype.flat
// flat with depth and flatMap (one level).
const a = [1, [2, [3, [4]]]];
console.log(JSON.stringify(a.flat()), JSON.stringify(a.flat(2)), JSON.stringify(a.flat(Infinity)));
console.log([1, , 2].flat().length, [[]].flat().length);
console.log([1, 2, 3].flatMap((x) => [x, x * 10]));
console.log(JSON.stringify(['a b', 'c'].flatMap((s) => s.split(' '))));
console.log(JSON.stringify([1, 2].flatMap((x) => [[x]])));
console.log([1, 2].flatMap((x) => x));
