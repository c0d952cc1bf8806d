// esid: sec-subtraction-operator-minus
// - always converts both operands with ToNumeric.
console.log(10 - 3, '10' - 3, '  12  ' - 2, '' - 1, ' ' - 1);
console.log([5] - 2, [] - 1, [1, 2] - 1, {} - 1);
console.log(null - 1, undefined - 1, true - false);
console.log('0x10' - 0, '1e3' - 0, '0b11' - 0, '12px' - 0);
console.log(-0 - 0, 0 - 0, Infinity - Infinity);
