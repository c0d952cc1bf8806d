// esid: sec-object.fromentries
// Object.fromEntries builds an object from [key, value] pairs.
console.log(Object.fromEntries([['a', 1], ['b', 2], ['a', 3]]));
console.log(Object.fromEntries(new Map([['x', 'X'], [1, 'one']])));
const doubled = Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(([k, v]) => [k, v * 2]));
console.log(doubled);
