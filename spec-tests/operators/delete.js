// esid: sec-delete-operator-runtime-semantics-evaluation
// delete removes own configurable properties and returns a boolean.
const o = { a: 1, b: 2 };
console.log(delete o.a, o, 'a' in o);
console.log(delete o.missing, delete o['b'], o);
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr);
const frozen = Object.freeze({ k: 1 });
console.log(delete frozen.k, frozen.k);
console.log(delete 5, delete 'x'.length);
const proto = { p: 1 };
const child = Object.create(proto);
console.log(delete child.p, child.p);
console.log(delete Math.PI, Math.PI > 3);
