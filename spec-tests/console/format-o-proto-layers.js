// esid: host-console-format-o
// %o with inherited data, static fields and arrays of a subclass
class A { static s = 1; get g() { return 1; } }
console.log('%o', A);
console.log('%o', new A());
class L extends Array { get first() { return this[0]; } }
const l = new L();
l.push(1);
console.log('%o', l);
console.log('%o', Object.create({ inherited: 1, fn() {} }));
