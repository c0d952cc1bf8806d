// esid: sec-relational-operators-runtime-semantics-evaluation
// The in operator: own and inherited keys, arrays, and TypeError on primitives.
const o = { a: 1, b: undefined };
console.log('a' in o, 'b' in o, 'c' in o, 'toString' in o);
const arr = [10, 20];
console.log(0 in arr, 2 in arr, 'length' in arr, '1' in arr);
const s = Symbol('s');
console.log(s in { [s]: 1 });
try { 'x' in 'str'; } catch (e) { console.log(e.constructor.name, e.message); }
console.log('length' in new String('ab'));
