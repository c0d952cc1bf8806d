// esid: host-console-log
// a single long value breaks its container at the 80-column limit
console.log({ a: 'x'.repeat(75) });
console.log({ a: 'x'.repeat(73) }, ['y'.repeat(74)]);
console.log({ a: 'x'.repeat(60) });
console.log({ a: 'x'.repeat(61) });
