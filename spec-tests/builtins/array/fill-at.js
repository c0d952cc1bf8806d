// esid: sec-array.prototype.fill
// fill with start/end and at with negative indices.
console.log([1, 2, 3, 4].fill(0), [1, 2, 3, 4].fill(9, 1, 3), [1, 2, 3].fill(7, -1));
console.log(new Array(3).fill('x'), Array(2).fill().length);
const a = [10, 20, 30];
console.log(a.at(0), a.at(-1), a.at(-3), a.at(3), a.at(-4), a.at(1.5), a.at('1'));
