// esid: sec-array.from
// Array.isArray, Array.from (iterables, array-likes, map function) and Array.of.
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('abc'), Array.isArray(new Array()));
console.log(Array.from('héllo'), Array.from(new Set([1, 2, 2])));
console.log(Array.from({ length: 3 }), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from([1, 2], (x) => x + 1), Array.from({ length: 2, 0: 'a', 1: 'b' }));
console.log(JSON.stringify(Array.from(new Map([['k', 'v']]))));
console.log(Array.of(7), Array.of(1, 2, 3), Array.of().length, Array(7).length, Array(1, 2));
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
