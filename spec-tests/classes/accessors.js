// esid: sec-method-definitions
// Getters and setters in classes and their static counterparts.
class Temp {
  constructor(c) { this._c = c; }
  get f() { return this._c * 9 / 5 + 32; }
  set f(v) { this._c = (v - 32) * 5 / 9; }
  static get unit() { return 'C'; }
}
const t = new Temp(100);
console.log(t.f);
t.f = 32;
console.log(t._c, Temp.unit);
const desc = Object.getOwnPropertyDescriptor(Temp.prototype, 'f');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
class ReadOnly { get v() { return 1; } }
const r = new ReadOnly();
r.v = 2;
console.log(r.v);
class Strictly { get v() { return 1; } tryWrite() { this.v = 5; } }
try { new Strictly().tryWrite(); } catch (e) { console.log(e.name, e.message); }
