// esid: sec-runtime-semantics-classdefinitionevaluation
// extends: prototype chains for instances and constructors, method overriding.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  kind() { return 'animal'; }
}
class Dog extends Animal {
  speak() { return `${this.name} barks`; }
}
const d = new Dog('Rex');
console.log(d.speak(), d.kind(), d.name);
console.log(d instanceof Dog, d instanceof Animal);
console.log(Object.getPrototypeOf(Dog) === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
class Puppy extends Dog { kind() { return 'puppy'; } }
const p = new Puppy('Bit');
console.log(p.speak(), p.kind(), p.constructor.name);
class NullBase extends null {}
console.log(Object.getPrototypeOf(NullBase.prototype));
