// esid: host-console-format-o
// %o of functions and classes shows [length], [name], [prototype]
console.log('%o', function foo() {});
console.log('%o', class A {});
console.log('%o', { f() {} });
