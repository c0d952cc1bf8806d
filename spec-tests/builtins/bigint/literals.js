// esid: sec-literals-numeric-literals
// BigInt literals in every radix, with separators, and how console.log prints them.
console.log(0n, 7n, -7n, 1_000_000n, 0x1Fn, 0o777n, 0b1011n);
console.log(123456789012345678901234567890n, -0x7fff_ffff_ffff_ffff_ffffn);
console.log(typeof 1n, typeof Object(1n), typeof BigInt, -0n, 0n === -0n);
console.log([1n, -2n, 3n], { big: 2n ** 64n, small: -1n });
console.log(Object(5n), [Object(-3n)], { w: Object(0n) });
const tagged = Object(9n);
tagged.label = 'nine';
console.log(tagged, [tagged]);
console.log(new Map([[1n, 'one'], [2n, 20n]]), new Set([3n, 3n, 4n]));
console.log(String(10n), `${-10n}`, 10n + '', [1n, 2n].join('-'), { [5n]: 'five' });
console.log('%s|%d|%i|%o', 11n, 12n, 13n, 14n);
