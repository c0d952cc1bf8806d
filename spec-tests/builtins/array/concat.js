// esid: sec-array.prototype.concat
// concat flattens array arguments one level and copies other values.
const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6]]), a);
console.log([].concat('s', null, undefined).length);
console.log(a.concat().length, a.concat() === a);
const spreadable = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
console.log([0].concat(spreadable));
console.log([, 1].concat([2, , 3]).length);
