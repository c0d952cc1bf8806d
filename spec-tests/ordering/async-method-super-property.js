// esid: sec-class-definitions-runtime-semantics-evaluation
// super property access after an await still refers to the home object's prototype.
const base = { greet() { return 'base greet'; } };
const child = {
  __proto__: base,
  async greet() {
    await null;
    return 'child + ' + super.greet();
  },
};
child.greet().then(v => console.log(v));
class A { static async who() { return 'A'; } }
class B extends A { static async who() { const up = await super.who(); return up + '>B'; } }
B.who().then(v => console.log(v));
