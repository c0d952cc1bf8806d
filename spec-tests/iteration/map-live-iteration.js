// esid: sec-%mapiteratorprototype%.next
// A Map iterator sees entries added during iteration and skips entries deleted before being reached.
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const seen = [];
for (const [k, v] of m) {
  seen.push(k + v);
  if (k === 'a') { m.delete('b'); m.set('d', 4); }
  if (k === 'c') m.set('a', 10);
}
console.log(seen.join(' '));
console.log([...m].map(e => e.join(':')).join(' '));
