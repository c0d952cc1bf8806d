// esid: sec-speciesconstructor
// then() and map() ask the constructor for its Symbol.species through Get: the built-in
// getter answers the constructor itself, and a getter put in its place is called each time.
class Tagged extends Promise {}
const p = Tagged.resolve(1);
console.log(p.then((v) => v) instanceof Tagged);
let asked = 0;
const original = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
Object.defineProperty(Promise, Symbol.species, {
  configurable: true,
  get() {
    asked++;
    return Tagged;
  },
});
const q = Promise.resolve(2).then((v) => v * 2);
console.log(asked, q instanceof Tagged);
Object.defineProperty(Promise, Symbol.species, original);
const r = Promise.resolve(3).then((v) => v);
console.log(asked, r instanceof Tagged, r.constructor === Promise);
class List extends Array {}
const l = List.from([1, 2, 3]).map((x) => x + 1);
console.log(l instanceof List, l.length);
Object.defineProperty(Array, Symbol.species, {
  configurable: true,
  get() {
    asked++;
    return undefined;
  },
});
console.log([1, 2].map((x) => x).length, asked);
q.then((v) => console.log('q', v));
