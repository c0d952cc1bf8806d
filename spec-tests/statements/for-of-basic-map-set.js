// esid: sec-for-in-and-for-of-statements
// for-of over Map and Set yields entries and values in insertion order.
const m = new Map([['one', 1], ['two', 2]]);
m.set('three', 3);
for (const [k, v] of m) console.log(k, v);
const s = new Set(['x', 'y', 'x', 'z']);
const vals = [];
for (const v of s) vals.push(v);
console.log(vals);
for (const k of m.keys()) console.log('key', k);
for (const [i, v] of ['a', 'b'].entries()) console.log(i, v);
