// esid: sec-map-objects
// Map: insertion order, SameValueZero keys, size, get/set/has/delete/clear.
const m = new Map();
m.set('a', 1).set(1, 'num').set('1', 'str').set(NaN, 'nan').set(-0, 'zero');
console.log(m.size, m.get(1), m.get('1'), m.get(NaN), m.get(0), m.has(+0));
console.log([...m.keys()].map(String).join(','));
const key = {};
m.set(key, 'obj');
console.log(m.get(key), m.get({}), m.delete(key), m.delete(key), m.size);
m.set('a', 'updated');
console.log([...m.keys()][0], m.get('a'));
m.clear();
console.log(m.size, m.get('a'));
console.log(new Map([[1, 'x'], [1, 'y']]).get(1), new Map().get('missing'));
