// esid: host-console-log
// subclasses print as [class B extends A]
class A {}
class B extends A {}
class C extends B {}
console.log(B, C);
console.log(class extends A {});
class E extends Error {}
console.log(E);
