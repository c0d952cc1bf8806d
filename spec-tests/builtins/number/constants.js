// esid: sec-properties-of-the-number-constructor
// Number constants.
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(Number.EPSILON > 0, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 === 1);
console.log(Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE * 2);
