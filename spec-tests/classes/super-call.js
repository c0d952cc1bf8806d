// esid: sec-super-keyword-runtime-semantics-evaluation
// super() must be called before this in derived constructors; default derived constructor.
class Base { constructor(...args) { this.args = args; this.made = new.target.name; } }
class Derived extends Base {
  constructor(a) { super(a, 'extra'); this.mine = true; }
}
const d = new Derived(1);
console.log(d.args, d.made, d.mine);
class Implicit extends Base {}
console.log(new Implicit(7, 8).args);
class Early extends Base {
  constructor() { try { this.x = 1; } catch (e) { console.log(e.name + ': ' + e.message); } super(); }
}
new Early();
class Twice extends Base { constructor() { super(); try { super(); } catch (e) { console.log(e.name + ': ' + e.message); } } }
new Twice();
class Forgot extends Base { constructor() {} }
try { new Forgot(); } catch (e) { console.log(e.name + ': ' + e.message); }
class ReturnsObject extends Base { constructor() { return { replaced: true }; } }
console.log(new ReturnsObject().replaced);
