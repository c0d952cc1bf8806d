// esid: sec-properties-of-generator-prototype
// Prototype chain of generator objects: instance -> fn.prototype -> %GeneratorPrototype% -> %IteratorPrototype%.
function* gf() {}
const g = gf();
const GeneratorPrototype = Object.getPrototypeOf(gf.prototype);
const IteratorPrototype = Object.getPrototypeOf(GeneratorPrototype);
console.log(Object.getPrototypeOf(g) === gf.prototype);
console.log(GeneratorPrototype === Object.getPrototypeOf(function* () {}.prototype));
console.log(Object.getPrototypeOf(IteratorPrototype) === Object.prototype);
console.log(IteratorPrototype === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
console.log(typeof GeneratorPrototype.next, typeof GeneratorPrototype.return, typeof GeneratorPrototype.throw);
console.log(g[Symbol.iterator]() === g);
console.log(Object.hasOwn(gf.prototype, 'constructor'), Object.getOwnPropertyNames(gf.prototype).length);
