// esid: host-console-log
// instances of subclasses name the subclass
class Animal { constructor(name) { this.name = name; } }
class Dog extends Animal { constructor(name) { super(name); this.tricks = ['sit']; } }
console.log(new Dog('rex'));
console.log({ pet: new Dog('fido') });
