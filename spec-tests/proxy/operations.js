// esid: sec-enumerate-object-properties
// A proxy in the operations that read objects: for-in, Object.keys/entries/assign, JSON,
// spread, Array.isArray, instanceof and Object.prototype.toString.
const log = [];
const handler = {
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { log.push('gopd ' + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
  getPrototypeOf(t) { log.push('getPrototypeOf'); return Reflect.getPrototypeOf(t); },
};
const p = new Proxy({ x: 1, y: 2 }, handler);
const step = (label, f) => { log.length = 0; const r = f(); console.log(label, r, log.join(', ')); };
step('for-in', () => { const ks = []; for (const k in p) ks.push(k); return ks; });
step('keys', () => Object.keys(p));
step('entries', () => Object.entries(p));
step('assign', () => Object.assign({}, p));
step('spread', () => ({ ...p }));
step('JSON', () => JSON.stringify(p));
step('JSON nested', () => JSON.stringify({ inner: p, list: new Proxy([1, 2], {}) }));
step('instanceof', () => p instanceof Object);
step('hasOwn', () => Object.hasOwn(p, 'x'));
const arr = new Proxy([1, 2, 3], {});
console.log(Array.isArray(arr), Array.isArray(new Proxy(arr, {})), Object.prototype.toString.call(arr));
console.log([...arr], [0].concat(arr), arr.map((v) => v * 2), arr.length);
console.log(Object.prototype.toString.call(new Proxy(function () {}, {})), Object.prototype.toString.call(p));
const { x, ...rest } = p;
console.log(x, rest);
