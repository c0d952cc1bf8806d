// esid: sec-numeric-types-bigint-divide
// The BigInt operations: division truncates, the remainder takes the dividend's sign,
// shifts round toward -Infinity, and the bitwise operators act on two's complement.
const pairs = [[7n, 2n], [-7n, 2n], [7n, -2n], [-7n, -2n]];
for (const [a, b] of pairs) {
  console.log(a, b, a + b, a - b, a * b, a / b, a % b);
}
console.log(2n ** 100n, (-3n) ** 3n, 0n ** 0n, 5n ** 0n, (-1n) ** 1000001n);
console.log(1n << 70n, -5n >> 1n, 5n >> 1n, -1n >> 100n, 5n << -1n, 1024n >> -2n);
console.log(12n & 10n, 12n | 10n, 12n ^ 10n, -12n & 10n, -12n | 10n, -12n ^ 10n);
console.log(~0n, ~-1n, ~5n, -(-5n), -0n, !0n, !!1n, 0n ? 'yes' : 'no');
let i = 9n;
console.log(i++, i, ++i, i--, --i, i);
let acc = 1n;
for (let k = 1n; k <= 25n; k++) acc *= k;
console.log('25! =', acc, acc.toString().length, 'digits');
let fib = [0n, 1n];
while (fib.length < 100) fib.push(fib[fib.length - 1] + fib[fib.length - 2]);
console.log('fib(99) =', fib[99]);
const o = { n: 3n };
o.n **= 4n;
o.n -= 1n;
console.log(o.n, 1n + 2n * 3n - 4n / 2n);
