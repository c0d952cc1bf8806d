// esid: sec-islooselyequal
// == coerces, === does not; NaN, null/undefined and object identity.
console.log(1 == '1', 1 === '1', 0 == '', 0 == '0', '' == '0');
console.log(null == undefined, null === undefined, null == 0, undefined == 0);
console.log(NaN == NaN, NaN === NaN, NaN != NaN);
console.log(true == 1, true == '1', false == '0', true == 2);
console.log([1] == 1, [1, 2] == '1,2', [] == false, [0] == false);
const o = {};
console.log(o == o, o == {}, o === o, {} != {});
console.log(+0 === -0, 0 == -0);
console.log({ valueOf() { return 7; } } == 7);
console.log('abc' == new String('abc'), 'abc' === new String('abc'));
