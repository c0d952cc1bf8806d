// esid: host-console-format-o
// %o shows hidden properties up to depth 4
console.log('%o', { a: 1 });
console.log('%o', [1, 2]);
console.log('%o', { a: { b: { c: { d: { e: 1 } } } } });
