// esid: sec-array.prototype.shift
// shift removes from the front; unshift inserts at the front and returns the length.
const a = [1, 2, 3];
console.log(a.shift(), a);
console.log(a.unshift(-1, 0), a);
console.log([].shift(), [5].unshift());
const holes = [, 'b'];
console.log(holes.shift(), holes.length, holes[0]);
