// esid: sec-well-known-symbols
// Well-known symbols customise language behaviour.
console.log(typeof Symbol.iterator, String(Symbol.iterator), Symbol.toPrimitive.description);
const temperature = { [Symbol.toPrimitive](hint) { return hint === 'string' ? 'warm' : 21; } };
console.log(`${temperature}`, temperature * 2, temperature + 1);
const tagged = { [Symbol.toStringTag]: 'Widget' };
console.log(String(tagged));
const range = { from: 1, to: 4, [Symbol.iterator]() { let c = this.from, t = this.to; return { next: () => (c <= t ? { value: c++, done: false } : { value: undefined, done: true }) }; } };
console.log([...range]);
