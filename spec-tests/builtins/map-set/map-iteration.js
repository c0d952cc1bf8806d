// esid: sec-map.prototype.foreach
// forEach/entries see entries in insertion order, including ones added during iteration.
const m = new Map([['x', 1], ['y', 2]]);
const seen = [];
m.forEach((v, k, map) => { seen.push(k + v); if (k === 'x') map.set('z', 3); });
console.log(seen);
console.log(JSON.stringify([...m]), JSON.stringify([...m.entries()]), [...m.values()]);
m.delete('x');
m.set('x', 9);
console.log([...m.keys()]);
console.log(JSON.stringify(Object.fromEntries(m)));
const groups = Map.groupBy([1, 2, 3, 4, 5], (n) => (n % 2 ? 'odd' : 'even'));
console.log(groups.get('odd'), groups.get('even'));
