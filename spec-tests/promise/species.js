// esid: sec-get-promise-%symbol.species%
// then and finally create their result through SpeciesConstructor.
const desc = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
console.log(typeof desc.get, desc.set, desc.get.name, Promise[Symbol.species] === Promise);
class Sub extends Promise {
  static get [Symbol.species]() { console.log('species read'); return Promise; }
}
const s = new Sub((r) => r(1));
const t = s.then(() => {});
console.log(t instanceof Sub, t instanceof Promise);
const f = s.finally(() => {});
console.log(f instanceof Sub);
