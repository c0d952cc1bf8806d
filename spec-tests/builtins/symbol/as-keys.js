// esid: sec-symbol-objects
// Symbol-keyed properties are skipped by keys/for-in/JSON but visible via getOwnPropertySymbols.
const s = Symbol('secret');
const o = { visible: 1, [s]: 2 };
console.log(Object.keys(o), JSON.stringify(o), o[s]);
const forIn = [];
for (const k in o) forIn.push(k);
console.log(forIn, Object.getOwnPropertySymbols(o).map(String));
console.log(Object.assign({}, o)[s], { ...o }[s]);
