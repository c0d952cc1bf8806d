// esid: sec-runtime-semantics-methoddefinitionevaluation
// Getter/setter pairs on object literals and their descriptors.
const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
};
console.log(temp.f);
temp.f = 212;
console.log(temp._c);
const onlyGet = { get x() { return 'x'; } };
onlyGet.x = 'ignored';
console.log(onlyGet.x);
const onlySet = { set y(v) { this.seen = v; } };
onlySet.y = 5;
console.log(onlySet.y, onlySet.seen);
const d = Object.getOwnPropertyDescriptor(temp, 'f');
console.log(Object.keys(d), d.enumerable, d.configurable);
const child = Object.create(temp);
child.f = 32;
console.log(child._c, temp._c, Object.keys(child));
