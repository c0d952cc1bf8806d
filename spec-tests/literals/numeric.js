// esid: sec-literals-numeric-literals
// Decimal, hex, octal, binary, exponent and separator forms of numeric literals.
console.log(255, 0xff, 0XFF, 0o377, 0b11111111);
console.log(1_000_000, 0xf_f, 0b1_0);
console.log(1e3, 1E3, 2.5e-3, .5, 5., 0.0);
console.log(1_0.2_5);
console.log(0b1010 + 0o12 + 0xa);
console.log(typeof 1e400, 1e400);
console.log(0.1 + 0.2);
console.log(9007199254740993);
console.log(08, 09.5);
