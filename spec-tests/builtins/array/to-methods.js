// esid: sec-array.prototype.tosorted
// toSorted, toReversed, toSpliced and with return new arrays.
const a = [3, 1, 2];
console.log(a.toSorted(), a.toReversed(), a);
console.log(a.toSpliced(1, 1, 'x', 'y'), a.with(0, 'w'), a);
try { a.with(5, 0); } catch (e) { console.log(e.name, e.message); }
console.log([, 1].toSorted().length, 0 in [, 1].toReversed());
