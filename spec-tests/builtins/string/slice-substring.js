// esid: sec-string.prototype.slice
// slice accepts negative indices; substring clamps and swaps its arguments.
const s = 'JavaScript';
console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -3), s.slice(5, 2));
console.log(s.substring(4), s.substring(0, 4), s.substring(4, 0), s.substring(-3, 2), s.substring(NaN, 3));
console.log(s.slice(), s.substring(), s.slice(100) === '', s.slice(2, 2) === '');
console.log(s.substr ? s.substr(-6, 3) : 'n/a');
