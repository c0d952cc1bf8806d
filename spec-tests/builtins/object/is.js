// esid: sec-object.is
// Object.is uses SameValue: NaN equals NaN, +0 differs from -0.
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'));
console.log(Object.is({}, {}), Object.is(null, undefined), Object.is(1, 1));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [-0].includes(0));
