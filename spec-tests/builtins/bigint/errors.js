// esid: sec-applystringornumericbinaryoperator
// Mixing BigInt and Number is a TypeError; dividing by zero, negative exponents and BigInts
// too big are RangeErrors; the messages are V8's.
const attempts = {
  'add Number': () => 1n + 1,
  'multiply null': () => null * 1n,
  'unary plus': () => +1n,
  'unsigned shift': () => 8n >>> 1n,
  'divide by zero': () => 1n / 0n,
  'remainder by zero': () => 1n % 0n,
  'negative exponent': () => 2n ** -1n,
  'too big': () => 2n ** (2n ** 40n),
  'shift too far': () => 1n << (2n ** 32n),
  'Math.max': () => Math.max(1n, 2n),
  'JSON': () => JSON.stringify({ n: 1n }),
  'new BigInt': () => new BigInt(1),
  'fraction': () => BigInt(1.5),
  'NaN': () => BigInt(NaN),
  'bad string': () => BigInt('12px'),
  'undefined': () => BigInt(undefined),
  'symbol': () => BigInt(Symbol('s')),
  'radix': () => 10n.toString(37),
  'this': () => BigInt.prototype.valueOf.call(1),
  'asIntN bits': () => BigInt.asIntN(-1, 1n),
  'asUintN number': () => BigInt.asUintN(8, 255),
  'isNaN': () => isNaN(1n),
  'mixed compound': () => { let x = 1n; x += 1; return x; },
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    console.log(name, 'returned', f());
  } catch (e) {
    console.log(name, '->', e.constructor.name, e.message);
  }
}
console.log(Number.isNaN(1n), parseInt(15n), parseFloat(2n), 1n + 'x');
