// esid: sec-runtime-semantics-propertydefinitionevaluation
// Spread in object literals copies own enumerable properties; later keys win.
const base = { a: 1, b: 2 };
console.log({ ...base, b: 3, c: 4 }, { b: 0, ...base });
console.log({ ...null, ...undefined, ...5, ...'hi' });
console.log({ ...[10, 20] });
const withGetter = { get g() { return 'evaluated'; } };
const spreadCopy = { ...withGetter };
console.log(Object.getOwnPropertyDescriptor(spreadCopy, 'g').value);
const proto = Object.create({ inherited: 1 });
proto.own = 2;
console.log({ ...proto });
const hidden = Object.defineProperty({}, 'h', { value: 1, enumerable: false });
console.log({ ...hidden });
const s = Symbol('s');
const withSym = { ...{ [s]: 'sym' } };
console.log(withSym[s]);
