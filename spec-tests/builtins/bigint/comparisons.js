// esid: sec-islessthan
// BigInts compare with Numbers and Strings by mathematical value; == converts, === does not.
console.log(1n < 2, 2 < 3n, 1n < 1.5, 2n > 1.5, 1n <= 1, 1n >= 1.000001);
console.log(1n < NaN, 1n > NaN, 1n < Infinity, -1n > -Infinity, 2n ** 64n > 1.8e19, 2n ** 64n < 1.9e19);
console.log('10' < 9n, 10n > '9', '1.5' < 2n, 1n < 'x', 1n >= 'x', ' 0x10 ' > 15n);
console.log(1n == 1, 1n == 1.5, 1n == '1', 1n == '0x1', 1n == ' 1 ', 1n == '1n', 0n == '', 1n == true, 0n == false);
console.log(1n === 1, 1n === 1n, 2n ** 70n === 2n ** 70n, 0n === -0n, [1n].includes(1n), [1n].indexOf(1n));
console.log(Object.is(0n, -0n), Object.is(1n, 1n), Object(1n) == 1n, Object(1n) === Object(1n), null == 0n);
console.log(9007199254740993n == 9007199254740992, 9007199254740993n > 9007199254740992);
const m = new Map();
m.set(10n, 'ten');
m.set(10, 'ten as a Number');
console.log(m.get(10n), m.get(5n * 2n), m.size, new Set([1n, 1n, 1, '1']).size);
console.log([30n, -2n, 10n, 4, 3.5, 100n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log([30n, -2n, 10n, 4n].sort());
