// esid: sec-object.defineproperty
// defineProperty attributes: writable, enumerable, configurable and their defaults.
const o = {};
Object.defineProperty(o, 'ro', { value: 1 });
o.ro = 2;
console.log(o.ro, Object.keys(o), JSON.stringify(Object.getOwnPropertyDescriptor(o, 'ro')));
try { Object.defineProperty(o, 'ro', { value: 3 }); } catch (e) { console.log(e.name, e.message); }
Object.defineProperty(o, 'w', { value: 1, writable: true, enumerable: true, configurable: false });
o.w = 5;
console.log(o.w, Object.keys(o));
Object.defineProperty(o, 'w', { value: 6 });
console.log(o.w);
Object.defineProperty(o, 'w', { writable: false });
try { Object.defineProperty(o, 'w', { writable: true }); } catch (e) { console.log(e.name); }
let store = 0;
Object.defineProperty(o, 'acc', { get() { return store; }, set(v) { store = v * 2; }, enumerable: true });
o.acc = 4;
console.log(o.acc, Object.keys(o));
try { Object.defineProperty(o, 'bad', { get() {}, value: 1 }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(1, 'x', {}); } catch (e) { console.log(e.name, e.message); }
