// esid: sec-comma-operator
// The comma operator evaluates left to right and yields the last value.
let log = [];
const r = (log.push('a'), log.push('b'), 42);
console.log(r, log);
let i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3);
console.log(i, j);
const f = () => (1, 2, 3);
console.log(f());
console.log((0, Math.max)(1, 5, 3));
