// esid: sec-class-definitions-runtime-semantics-evaluation
// Async methods in classes: instance, static, and calls through super keep tick order.
class Base {
  async load(n) {
    console.log('Base.load start', n);
    await null;
    console.log('Base.load end', n);
    return n * 10;
  }
}
class Derived extends Base {
  async load(n) {
    console.log('Derived.load start', n);
    const v = await super.load(n);
    console.log('Derived.load got', v);
    return v + 1;
  }
  static async make() {
    await null;
    return new Derived();
  }
}
Derived.make().then(d => d.load(3)).then(v => console.log('final', v));
new Derived().load(1).then(v => console.log('direct', v));
