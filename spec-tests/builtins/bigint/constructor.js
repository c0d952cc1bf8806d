// esid: sec-bigint-constructor-number-value
// BigInt(value), StringToBigInt, asIntN/asUintN and BigInt.prototype's methods.
console.log(BigInt(42), BigInt(-0), BigInt(2 ** 60), BigInt(1e21), BigInt(true), BigInt(false));
console.log(BigInt(''), BigInt('  123  '), BigInt('-77'), BigInt('+5'), BigInt('0x1f'), BigInt('0o17'), BigInt('0b101'));
console.log(BigInt({ valueOf() { return 7; } }), BigInt({ toString() { return '8'; } }), BigInt([9]));
console.log(BigInt.asIntN(8, 255n), BigInt.asIntN(8, 128n), BigInt.asIntN(8, -129n), BigInt.asIntN(64, 2n ** 63n));
console.log(BigInt.asUintN(8, -1n), BigInt.asUintN(64, -1n), BigInt.asUintN(0, 5n), BigInt.asIntN(200, -5n));
console.log((255n).toString(16), (-255n).toString(2), (35n).toString(36), (10n ** 30n).toString(), 0n.toString(7));
console.log((1234567n).toLocaleString(), (-1000n).toLocaleString(), 999n.toLocaleString());
console.log(5n.valueOf(), Object(6n).valueOf(), typeof Object(6n).valueOf(), Object(6n) + 1n);
console.log(Number(2n ** 53n + 1n), Number(-(2n ** 64n)), Number(2n ** 1024n), Number(Object(3n)));
console.log(BigInt.name, BigInt.length, Object.getOwnPropertyNames(BigInt.prototype));
console.log(Object.prototype.toString.call(1n), BigInt.prototype[Symbol.toStringTag], 1n.constructor === BigInt);
console.log(BigInt.prototype, Object.getPrototypeOf(1n) === BigInt.prototype);
BigInt.prototype.double = function () { return this * 2n; };
console.log(21n.double(), typeof (4n).double());
console.log(JSON.stringify({ n: 1n }, (k, v) => (typeof v === 'bigint' ? v.toString() + 'n' : v)));
BigInt.prototype.toJSON = function () { return `${this}`; };
console.log(JSON.stringify([1n, Object(2n)]));
