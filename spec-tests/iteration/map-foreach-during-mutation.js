// esid: sec-map.prototype.foreach
// Map.prototype.forEach follows the same live-iteration rules as the iterator.
const m = new Map([[1, 'one'], [2, 'two']]);
const seen = [];
m.forEach((v, k, map) => {
  seen.push(k + v);
  if (k === 1) { map.set(3, 'three'); map.delete(2); }
});
console.log(seen.join(' '));
