// esid: sec-enumerate-object-properties
// Shadowed prototype keys are visited once; a non-enumerable own key also hides the prototype's.
const proto = { shared: 'proto', hiddenBelow: 'proto', onlyProto: 'proto' };
const obj = Object.create(proto);
obj.shared = 'own';
Object.defineProperty(obj, 'hiddenBelow', { value: 'own', enumerable: false });
obj.own = 1;
const out = [];
for (const k in obj) out.push(k + '=' + obj[k]);
console.log(out.join(' '));
