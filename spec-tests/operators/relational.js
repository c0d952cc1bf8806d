// esid: sec-relational-operators
// < > <= >= on numbers and strings (UTF-16 code unit order), NaN and mixed types.
console.log(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 3 > 2);
console.log('a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '10' < '9');
console.log('10' < 9, 10 < '9', '2' > 1);
console.log(NaN < 1, NaN >= 1, 1 < NaN, undefined < 1, null < 1, null >= 0);
console.log([2] > 1, [1, 2] < 3);
console.log('Z' < 'a', '\u00e9' > 'z');
console.log(-0 < 0, -Infinity < -1e308);
