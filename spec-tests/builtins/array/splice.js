// esid: sec-array.prototype.splice
// splice removes, inserts and replaces in place and returns the removed elements.
const a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2), a);
console.log(a.splice(1, 0, 'x', 'y'), a);
console.log(a.splice(-2, 1, 'z'), a);
console.log(a.splice(2), a);
const b = [1, 2, 3];
console.log(b.splice(), b);
console.log(b.splice(0, 99), b);
const c = [1, 2, 3];
console.log(c.splice(1, undefined), c.splice(-99, 1), c);
