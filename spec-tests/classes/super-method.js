// esid: sec-super-keyword
// super.method() calls the parent method with the current this; works in object literals.
class A {
  greet() { return 'A:' + this.id; }
  static make() { return 'A.make'; }
}
class B extends A {
  constructor() { super(); this.id = 'b'; }
  greet() { return 'B>' + super.greet(); }
  static make() { return 'B>' + super.make(); }
}
class C extends B { greet() { return 'C>' + super.greet(); } }
console.log(new B().greet(), new C().greet(), C.make());
const base = { hi() { return 'base hi ' + this.n; } };
const obj = { __proto__: base, n: 5, hi() { return 'obj ' + super.hi(); } };
console.log(obj.hi());
class D extends A { arrow() { const f = () => super.greet(); this.id = 'd'; return f(); } }
console.log(new D().arrow());
class E extends A { get prop() { return super.greet; } }
console.log(typeof new E().prop);
