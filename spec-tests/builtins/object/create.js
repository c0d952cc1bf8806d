// esid: sec-object.create
// Object.create with a prototype and property descriptors.
const proto = { greet() { return 'hi ' + this.name; } };
const o = Object.create(proto, { name: { value: 'ann', enumerable: true }, secret: { value: 's' } });
console.log(o.greet(), Object.keys(o), o.secret);
console.log(Object.getPrototypeOf(Object.create(null)));
try { Object.create(5); } catch (e) { console.log(e.name, e.message); }
