// esid: sec-typeof-operator
// typeof for every type, including undeclared identifiers.
console.log(typeof 1, typeof 'x', typeof true, typeof undefined, typeof null);
console.log(typeof {}, typeof [], typeof function () {}, typeof (() => 1), typeof class {});
console.log(typeof Symbol(), typeof Symbol.iterator);
console.log(typeof notDeclaredAnywhere);
console.log(typeof Math, typeof JSON, typeof Math.max, typeof Object);
console.log(typeof new Number(1), typeof Number(1), typeof NaN);
console.log(typeof typeof 1);
