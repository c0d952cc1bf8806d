// esid: sec-object.keys
// Object.keys / values / entries return own enumerable string-keyed properties in order.
const o = { b: 2, a: 1, 3: 'three' };
Object.defineProperty(o, 'hidden', { value: 0, enumerable: false });
console.log(Object.keys(o), Object.values(o));
console.log(JSON.stringify(Object.entries(o)));
console.log(Object.keys('hi'), Object.values('hi'), Object.keys([7, 8]));
try { Object.keys(null); } catch (e) { console.log(e.name, e.message); }
console.log(Object.keys(5), Object.entries({}).length);
