// esid: sec-json.stringify
// Replacer functions (called with holder as this) and property-list arrays.
const data = { a: 1, b: 'two', c: [3, 4], d: { a: 5, e: 6 } };
console.log(JSON.stringify(data, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify(data, ['a', 'd']));
console.log(JSON.stringify(data, (k, v) => (k === 'c' ? undefined : v)));
const keys = [];
JSON.stringify({ x: { y: 1 } }, function (k, v) { keys.push(`${k || '(root)'}:${this === undefined}`); return v; });
console.log(keys);
console.log(JSON.stringify({ 1: 'one', 2: 'two' }, [1]));
console.log(JSON.stringify('top', (k, v) => v + '!'));
