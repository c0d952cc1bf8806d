// esid: sec-array.prototype.map
// Recursion that passes through built-ins (map, sort comparator, getters) stays catchable.
function nest(n) { return n === 0 ? [0] : [n].concat(...[n - 1].map(nest)); }
console.log(nest(200).length);
const o = { get deep() { return this.n-- > 0 ? this.deep : 'done'; }, n: 300 };
console.log(o.deep);
function viaMap(n) { return [n].map((k) => viaMap(k + 1))[0]; }
let ok;
try { viaMap(0); ok = 'no error'; } catch (e) { ok = e instanceof RangeError; }
console.log(ok);
