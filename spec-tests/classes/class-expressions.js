// esid: sec-class-definitions-runtime-semantics-evaluation
// Class expressions, anonymous classes and classes created in functions.
const make = (base) => class extends base { tag() { return 'mixed:' + super.tag(); } };
class Root { tag() { return 'root'; } }
const Mixed = make(Root);
console.log(new Mixed().tag(), Mixed.name);
const Named = class Inner { who() { return Inner.name; } };
console.log(new Named().who(), Named.name);
const list = [class { v() { return 1; } }, class { v() { return 2; } }];
console.log(list.map((K) => new K().v()));
function factory(n) { return class { get n() { return n; } }; }
console.log(new (factory(9))().n);
