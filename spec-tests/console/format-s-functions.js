// esid: host-console-format-s
// %s of a function prints its source text (String(fn))
console.log('%s', function f() { return 1; });
console.log('%s', class A {});
console.log('%s', () => 2);
console.log('%s', Math.max);
console.log('%s', new Map([[1, 2]]));
console.log('%s', [1, 'a']);
