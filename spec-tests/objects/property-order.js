// esid: sec-ordinaryownpropertykeys
// Own keys: integer indices ascending, then strings in creation order, then symbols.
const o = {};
o.z = 1; o[10] = 1; o.a = 1; o[2] = 1; o['1'] = 1; o['-1'] = 1; o['01'] = 1; o[4294967294] = 1; o[4294967295] = 1;
o[Symbol('s')] = 1;
console.log(Object.keys(o).join(' '));
console.log(JSON.stringify(o));
delete o.z; o.z = 2;
console.log(Object.keys(o).slice(-2));
const arr = ['a', 'b'];
arr.x = 1;
console.log(Object.keys(arr));
console.log(Object.keys({ b: 1, a: 2, 1.5: 3, 1: 4 }));
console.log(Object.getOwnPropertyNames('ab'));
