// esid: sec-arraysetlength
// Every uint32 is a valid array length; 2**32 and beyond are not (ArraySetLength).
const N = 2 ** 32 - 1;
const a = [];
a.length = 4e9;
console.log(a.length, new Array(N).length, Array(N).length);
for (const bad of [2 ** 32, 4294967296.5, -1, 1e10]) {
  try { a.length = bad; } catch (e) { console.log(String(e), a.length); }
  try { new Array(bad); } catch (e) { console.log(String(e)); }
}
const b = []; b[N - 1] = 'last'; console.log(b.length);
try { b.push(1); } catch (e) { console.log(String(e), b.length, b[N]); }
// Methods on a huge sparse array that Node answers at once.
function mk() { const h = []; h.length = 4e9; h[5] = 'x'; h[3e9] = 'y'; return h; }
let h = mk();
console.log(h.includes('y'), h.includes(undefined), h.includes('z', 10));
console.log(h.at(-1), h.at(3e9), h.at(5));
h.fill(1, 10, 20); console.log(h[15], h.length, Object.keys(h).length);
h = mk(); h.copyWithin(0, 3e9, 3e9 + 10); console.log(h[0], h.length);
console.log(mk().concat([1]).length, [1].concat(mk()).length);
console.log(Object.keys(mk()), mk().pop());
h = mk(); h.length = 6; console.log(h.length, h[5], h[3e9]);
let c = 0; for (const k of mk().keys()) { if (++c > 3) break; } console.log(c);
try { JSON.stringify(mk()); } catch (e) { console.log(String(e)); }
try { Math.max.apply(null, mk()); } catch (e) { console.log(String(e)); }
// A prototype index is seen through the holes.
Array.prototype[7] = 'p';
h = mk(); console.log(h.includes('p'), h.at(7), JSON.stringify(h.slice(0, 9)));
delete Array.prototype[7];
