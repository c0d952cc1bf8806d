// esid: sec-grouping-operator
// Operator precedence and grouping.
console.log(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -(2 ** 2));
console.log(1 + 2 + '3' + 4 + 5);
console.log(10 - 2 - 3, 100 / 10 / 5, 2 ** 2 ** 3);
console.log(1 < 2 < 3, 3 > 2 > 1);
console.log(true || false && false, (true || false) && false);
console.log(1 | 2 & 3, 1 ^ 3 | 4, 1 + 1 << 2);
console.log(typeof 1 + 2, typeof (1 + 2));
console.log(!1 == 0, ! (1 == 0));
