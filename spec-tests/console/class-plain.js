// esid: host-console-log
// classes print as [class A]
class A {}
console.log(A);
console.log(class {});
const C = class Named {};
console.log(C);
