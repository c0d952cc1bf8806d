// esid: sec-ordinaryownpropertykeys
// Object.keys, for-in and JSON.stringify agree on own key order; symbols are skipped.
const o = { b: 1, 2: 1, a: 1, 1: 1, [Symbol('s')]: 1 };
o.c = 1;
o[0] = 1;
const forIn = [];
for (const k in o) forIn.push(k);
console.log(forIn.join(','));
console.log(Object.keys(o).join(','));
console.log(JSON.stringify(o));
console.log(Object.getOwnPropertySymbols(o).length);
