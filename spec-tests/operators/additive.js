// esid: sec-addition-operator-plus
// + concatenates when either side is a string after ToPrimitive, else adds numbers.
console.log(1 + 2, '1' + 2, 1 + '2', 1 + 2 + '3', '1' + 2 + 3);
console.log(true + true, null + 1, undefined + 1);
console.log([] + [], [] + {}, [1] + [2, 3]);
console.log({ valueOf() { return 40; } } + 2);
console.log({ toString() { return 'T'; } } + 2);
console.log({ valueOf() { return 1; }, toString() { return 'S'; } } + '');
console.log(0.1 + 0.2 === 0.3, -0 + 0, -0 + -0);
console.log(Infinity + -Infinity, 'x' - 1, '10' - '3', 5 - true);
