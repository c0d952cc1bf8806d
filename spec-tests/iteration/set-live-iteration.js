// esid: sec-%setiteratorprototype%.next
// A Set iterator visits values added during iteration, even re-added deleted ones.
const s = new Set([1, 2, 3]);
const seen = [];
for (const v of s) {
  seen.push(v);
  if (v === 1) { s.delete(1); s.add(1); }
  if (v === 2) s.delete(3);
  if (seen.length > 10) break;
}
console.log(seen.join(','));
const t = new Set(['x']);
const it = t.values();
t.clear();
t.add('y');
console.log(JSON.stringify(it.next()));
