// esid: sec-array.prototype.reverse
// reverse works in place and returns the same array.
const a = [1, 2, 3];
const r = a.reverse();
console.log(r, a, r === a);
console.log([].reverse(), [1].reverse(), ['a', 'b'].reverse());
const h = [1, , 3, 4].reverse();
console.log(h.length, 2 in h, h[0], h[3]);
