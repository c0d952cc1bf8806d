// esid: sec-iterator.prototype
// Built-in iterators share %IteratorPrototype%, whose @@iterator returns this.
const IterProto = Object.getPrototypeOf(Object.getPrototypeOf([].values()));
const ts = (v) => Object.prototype.toString.call(v);
for (const it of [[].values(), new Map().entries(), new Set().values(), ''[Symbol.iterator](), (function* () {})()]) {
  let p = Object.getPrototypeOf(it);
  while (p && p !== IterProto) p = Object.getPrototypeOf(p);
  console.log(ts(it), p === IterProto, it[Symbol.iterator]() === it);
}
