// esid: sec-generatorfunction.prototype.prototype
// %GeneratorFunction.prototype% links generator functions to %GeneratorPrototype%.
function* a() {}
function* b() {}
const GF = Object.getPrototypeOf(a);
console.log(GF === Object.getPrototypeOf(b));
console.log(GF.prototype === Object.getPrototypeOf(a.prototype));
console.log(Object.getPrototypeOf(GF) === Function.prototype);
console.log(a.prototype === b.prototype, a.prototype !== Object.getPrototypeOf(b.prototype));
console.log(GF.prototype.constructor === GF);
