// esid: sec-array.prototype.foreach
// Callbacks are not called for holes; elements added during iteration are not visited.
const a = [1, , 3];
let calls = 0;
a.forEach(() => calls++);
console.log(calls, a.filter(() => true).length, a.some((x) => x === undefined), a.every((x) => x !== undefined));
const b = [1, 2, 3];
const seen = [];
b.forEach((x, i) => { seen.push(x); if (i === 0) b.pop(); });
console.log(seen);
console.log(Object.keys([, , 'c']));
