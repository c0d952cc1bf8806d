// esid: sec-serializejsonobject
// The space argument: numbers (clamped to 10), strings (first 10 chars), empty containers.
console.log(JSON.stringify({ a: [1, { b: 2 }], c: {} , d: [] }, null, 2));
console.log(JSON.stringify([1, [2]], null, '--'));
console.log(JSON.stringify({ x: 1 }, null, 20).split('\n')[1].length);
console.log(JSON.stringify({ x: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify({ x: 1 }, null, 0), JSON.stringify({ x: 1 }, null, ''), JSON.stringify([1], null, -5));
