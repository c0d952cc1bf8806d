// esid: sec-weakmap-objects
// console.log shows weak collections without their entries, and names subclasses.
class Cache extends WeakMap {}
class Seen extends WeakSet {}
const k = {};
console.log(new WeakMap([[k, 1]]), new WeakSet([k]));
console.log(new Cache(), new Seen());
console.log([new WeakMap(), new WeakRef(k)], { registry: new FinalizationRegistry(() => {}) });
const wm = new WeakMap();
wm.extra = 'own property';
console.log(wm);
console.log(`${new WeakSet()}`, String(new WeakRef(k)));
