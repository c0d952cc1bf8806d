// esid: sec-reflect-object
// The Reflect functions on ordinary objects.
const o = { a: 1 };
console.log(Reflect.get(o, 'a'), Reflect.set(o, 'b', 2), o);
console.log(Reflect.has(o, 'b'), Reflect.has(o, 'toString'), Reflect.deleteProperty(o, 'b'), o);
console.log(Reflect.defineProperty(o, 'c', { value: 3 }), Reflect.getOwnPropertyDescriptor(o, 'c'));
console.log(Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }));
console.log(Reflect.ownKeys({ b: 1, 2: 0, a: 1, 1: 0, [Symbol('s')]: 0 }));
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o));
console.log(Reflect.setPrototypeOf(o, {}), Reflect.setPrototypeOf(Object.prototype, {}));
const getter = { get x() { return this.y; } };
console.log(Reflect.get(getter, 'x', { y: 'from receiver' }));
const receiver = {};
console.log(Reflect.set({ set x(v) { this.v = v; } }, 'x', 9, receiver), receiver);
console.log(Reflect.apply(Math.max, undefined, [1, 5, 3]), Reflect.apply(String.prototype.slice, 'hello', [1, 3]));
class A { constructor(v) { this.v = v; this.nt = new.target.name; } }
class B {}
console.log(Reflect.construct(A, [1]), Reflect.construct(A, [2], B) instanceof B);
console.log(Reflect.construct(Date, [0]).getTime());
console.log(String(Reflect), Object.prototype.toString.call(Reflect), Object.keys(Reflect));
console.log(Reflect.ownKeys(Reflect));
for (const f of [
  () => Reflect.get(1, 'a'),
  () => Reflect.apply(1),
  () => Reflect.apply(Math.max, null, 1),
  () => Reflect.construct({}, []),
  () => Reflect.construct(A, [], 'str'),
  () => Reflect.setPrototypeOf({}, 1),
  () => Reflect.defineProperty({}, 'x', 1),
  () => new Reflect.get(),
]) {
  try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
