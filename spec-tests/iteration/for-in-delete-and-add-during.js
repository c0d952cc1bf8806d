// esid: sec-enumerate-object-properties
// Keys deleted before being visited are skipped; keys added during enumeration are not visited.
const obj = { a: 1, b: 2, c: 3, d: 4 };
const seen = [];
for (const k in obj) {
  seen.push(k);
  if (k === 'a') { delete obj.c; obj.e = 5; }
}
console.log(seen.join(','));
console.log(Object.keys(obj).join(','));
