// esid: sec-ordinary-object-internal-methods-and-internal-slots-get-p-receiver
// Property lookup follows the prototype chain; assignment creates own properties.
const grand = { g: 'grand', shared: 'grand' };
const parent = Object.create(grand, { p: { value: 'parent', enumerable: true } });
parent.shared = 'parent';
const child = Object.create(parent);
console.log(child.g, child.p, child.shared, child.missing);
child.g = 'own';
console.log(child.g, grand.g, Object.keys(child));
console.log(Object.getPrototypeOf(child) === parent, grand.isPrototypeOf(child), child.hasOwnProperty('p'));
const bare = Object.create(null);
bare.x = 1;
console.log(typeof bare.toString, Object.keys(bare), 'x' in bare);
Object.setPrototypeOf(bare, { hello() { return 'hi'; } });
console.log(bare.hello());
const o = {};
console.log(Object.getPrototypeOf(o) === Object.prototype, Object.getPrototypeOf(Object.prototype));
const viaProto = { __proto__: parent };
console.log(viaProto.p, o.__proto__ === Object.prototype);
try { Object.setPrototypeOf(grand, child); } catch (e) { console.log(e.name, e.message); }
