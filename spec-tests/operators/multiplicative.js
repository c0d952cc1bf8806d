// esid: sec-multiplicative-operators
// Division and remainder, including negative operands and zero divisors.
console.log(7 / 2, -7 / 2, 7 % 3, -7 % 3, 7 % -3);
console.log(1 / 0, -1 / 0, 0 / 0);
console.log(5.5 % 2, -0 % 5);
console.log(6 * 7, '6' * '7', 'a' * 1);
let a = 10; a /= 4; console.log(a);
let b = 10; b %= 4; console.log(b);
