// esid: sec-array.prototype.slice
// slice with positive, negative, omitted and out-of-range arguments.
const a = ['a', 'b', 'c', 'd', 'e'];
console.log(a.slice(1, 3), a.slice(-2), a.slice(2), a.slice());
console.log(a.slice(3, 1), a.slice(-100, 2), a.slice(1, -1), a.slice(10));
console.log(a.slice(1.7, 3.2), a.slice('1', '2'), a.slice(NaN, 1));
const copy = a.slice();
copy[0] = 'z';
console.log(a[0], copy[0]);
console.log(Array.prototype.slice.call('hey', 1));
