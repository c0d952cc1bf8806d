// esid: sec-object.getownpropertydescriptor
// Descriptors, getOwnPropertyNames, getOwnPropertySymbols, hasOwn and hasOwnProperty.
const s = Symbol('k');
const o = { a: 1, [s]: 2 };
Object.defineProperty(o, 'h', { value: 3 });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'a')));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'h')));
console.log(Object.getOwnPropertyDescriptor(o, 'missing'));
console.log(Object.getOwnPropertyNames(o), Object.getOwnPropertySymbols(o).length);
console.log(Object.hasOwn(o, 'h'), o.hasOwnProperty('a'), o.hasOwnProperty('toString'), Object.hasOwn(o, s));
console.log(Object.getOwnPropertyNames([1, 2]));
const all = Object.getOwnPropertyDescriptors({ x: 1, get y() { return 2; } });
console.log(Object.keys(all), typeof all.y.get, all.x.writable);
