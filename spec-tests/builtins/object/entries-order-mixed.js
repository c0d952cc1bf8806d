// esid: sec-enumerableownproperties
// Object.entries on arrays and objects with numeric-like keys.
console.log(JSON.stringify(Object.entries(['x', 'y'])));
console.log(JSON.stringify(Object.entries({ b: 1, 2: 'two', a: 3, 0: 'zero' })));
console.log(Object.values({ '-1': 'neg', 1: 'pos', '1.0': 'float' }));
