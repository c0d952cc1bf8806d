// esid: sec-array.prototype.some
// some and every short-circuit; on empty arrays they return false and true.
const a = [2, 4, 5, 6];
console.log(a.some((x) => x % 2), a.every((x) => x % 2 === 0), a.every((x) => x > 1));
console.log([].some(() => true), [].every(() => false));
let calls = 0;
a.some((x) => { calls++; return x === 4; });
console.log(calls);
calls = 0;
a.every((x) => { calls++; return x < 4; });
console.log(calls);
