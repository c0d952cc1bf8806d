// esid: sec-weakmap-objects
// getOrInsert and getOrInsertComputed on WeakMap and Map: the callback runs only for a missing key, with the key.
const k = {};
const wm = new WeakMap();
console.log(wm.getOrInsert(k, 'first'), wm.getOrInsert(k, 'second'), wm.get(k));
const k2 = {};
console.log(wm.getOrInsertComputed(k2, (key) => { console.log('compute', key === k2); return 42; }));
console.log(wm.getOrInsertComputed(k2, () => { console.log('not called'); }));
try { wm.getOrInsert(1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
try { wm.getOrInsertComputed({}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
const m = new Map();
console.log(m.getOrInsert('a', 1), m.getOrInsert('a', 2), m.getOrInsertComputed(-0, (key) => Object.is(key, 0)));
// A callback that inserts the key itself: the computed value overwrites it.
console.log(m.getOrInsertComputed('b', (key) => { m.set(key, 'inner'); return 'outer'; }), m);
try { m.getOrInsertComputed('c'); } catch (e) { console.log(e.constructor.name, e.message); }
