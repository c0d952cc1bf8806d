// esid: sec-map-constructor
// Constructor errors, object keys by identity, and Symbol.toStringTag.
try { Map(); } catch (e) { console.log(e.name, e.message); }
try { new Map([1]); } catch (e) { console.log(e.name, e.message); }
const k1 = [1], k2 = [1];
const m = new Map([[k1, 'first']]);
console.log(m.has(k1), m.has(k2));
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(new Set()));
console.log(typeof Map.prototype.get, new Set().size, new Map(null).size);
