// esid: sec-array.prototype.indexof
// indexOf, lastIndexOf (strict equality) and includes (SameValueZero).
const a = [1, 2, 3, 2, NaN, '2'];
console.log(a.indexOf(2), a.indexOf('2'), a.indexOf(9), a.indexOf(2, 2), a.indexOf(2, -3));
console.log(a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(1, -6), a.lastIndexOf(NaN));
console.log(a.includes(NaN), a.indexOf(NaN), a.includes(2, 4), a.includes('2'));
console.log([, 1].includes(undefined), [, 1].indexOf(undefined));
console.log([0].includes(-0), [-0].indexOf(0));
