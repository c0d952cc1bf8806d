// esid: sec-json-object
// The JSON object itself and round-tripping.
console.log(Object.prototype.toString.call(JSON), typeof JSON.parse, JSON.stringify.length, JSON.parse.length);
const value = { s: 'tab\there', n: [1.5, -0, 1e21], t: true, z: null, o: { deep: ['x'] } };
console.log(JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value));
console.log(JSON.stringify(value));
