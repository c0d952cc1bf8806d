// esid: sec-numeric-types-number-tostring
// Number::toString: shortest round-trip digits, exponent thresholds 1e21 and 1e-7.
console.log(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 100 / 3);
console.log(1e21, 1e20, 123456789012345680000, 1.5e21, 1e-6, 1e-7, 1.5e-7, 0.000001234);
console.log(-0, 0 * -1, String(-0), (-0).toString(), `${-0}`, JSON.stringify(-0));
console.log(NaN, Infinity, -Infinity, String(NaN), String(-Infinity));
console.log(5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 1, 2 ** 64);
console.log(123.456, 1.0, 100, 1e2, 0.5e1, 12e-1);
console.log(String(1e21), String(999999999999999999999), String(0.0000001), String(0.000001));
console.log((25).toString(), (1e100).toString(), (-1.5e-10).toString());
