// esid: host-console-format-j
// %j is JSON.stringify, with [Circular] for cycles
console.log('%j', { a: [1, 'two'], b: null });
console.log('%j', 'str');
console.log('%j', undefined);
const c = { n: 1 };
c.c = c;
console.log('%j', c);
console.log('%j', { toJSON() { return 'via toJSON'; } });
