// esid: sec-enumerate-object-properties
// Properties deleted before being visited are skipped; shadowed keys appear once.
const o = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in o) {
  seen.push(k);
  if (k === 'a') delete o.b;
}
console.log(seen);
const base = { x: 1, y: 2 };
const derived = Object.create(base);
derived.x = 10;
const keys = [];
for (const k in derived) keys.push(k + '=' + derived[k]);
console.log(keys);
const hide = Object.create({ z: 1 });
Object.defineProperty(hide, 'z', { value: 2, enumerable: false });
const hk = [];
for (const k in hide) hk.push(k);
console.log(hk.length);
