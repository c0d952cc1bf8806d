// esid: sec-exp-operator
// ** is right-associative and binds tighter than unary on its right side.
console.log(2 ** 10, 2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(2 ** -1, (-2) ** 2, (-2) ** 3, 4 ** 0.5);
console.log(NaN ** 0, 1 ** Infinity, 0 ** -1, (-8) ** (1 / 3));
let x = 3; x **= 2; console.log(x);
console.log('2' ** '3', 10 ** 21, 10 ** -7);
