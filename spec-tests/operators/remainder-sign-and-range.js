// esid: sec-numeric-types-number-remainder
// Number::remainder: the sign follows the dividend (-0 included); integers up to 2^53 and
// beyond, fractions, and huge values, every pair of them.
const xs = [0, -0, 1, -1, 7, -7, 9007199254740992, -9007199254740992, 9007199254740993, 2**60, 5.5, -5.5, 1e308, 3, -3, 2, -4];
const out = [];
for (const a of xs) for (const b of xs) { const r = a % b; out.push(Object.is(r, -0) ? '-0' : String(r)); }
console.log(out.join(','));
