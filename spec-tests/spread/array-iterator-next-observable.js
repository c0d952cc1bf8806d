// esid: sec-%arrayiteratorprototype%.next
// Spread and Array.from skip the result objects of an unmodified array iterator: a replaced next or Symbol.iterator is still called, getters and proxies see the same reads.
const a = [1, 2, 3];
const proto = Object.getPrototypeOf(a[Symbol.iterator]());
const orig = proto.next;
let calls = 0;
proto.next = function () { calls++; return orig.call(this); };
console.log([...a].join(), calls, Array.from(a).join(), calls);
proto.next = orig;
a[Symbol.iterator] = function* () { yield 'x'; };
console.log([...a].join(), Array.from(a).join());
delete a[Symbol.iterator];
Object.defineProperty(a, 1, { get() { console.log('get 1'); return 'g'; } });
console.log([...a].join());
const p = new Proxy([5, 6], { get(t, k, r) { if (typeof k === 'string') console.log('get', k); return Reflect.get(t, k, r); } });
console.log([...p].join());
Object.defineProperty(Object.prototype, 'done', { get() { console.log('done read'); return true; }, configurable: true });
Object.defineProperty(Object.prototype, 'value', { get() { console.log('value read'); return 0; }, configurable: true });
console.log([...[7, 8]].join(), Math.max(...[7, 9]));
delete Object.prototype.done; delete Object.prototype.value;
const grow = [1, 2];
const out = [];
for (const x of [...grow]) out.push(x);
const it = [10, 20][Symbol.iterator]();
it.next();
console.log([...it].join(), [...it].length);
const e = [1, 2].entries();
console.log(JSON.stringify([...e]), JSON.stringify([...[3, 4].keys()]));
const thrower = new Proxy([1, 2], { get(t, k, r) { if (k === '1') throw new Error('boom'); return Reflect.get(t, k, r); } });
try { [...thrower]; } catch (err) { console.log(err.message); }
const holes = [, 1, , 2];
console.log([...holes].length, [...holes].map(String).join());
