// esid: sec-json.stringify
// JSON.stringify of primitives, arrays, objects, undefined/functions/symbols and non-finite numbers.
console.log(JSON.stringify(1), JSON.stringify('s'), JSON.stringify(null), JSON.stringify(true));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(Symbol()));
console.log(JSON.stringify([1, 'a', undefined, () => 1, Symbol(), NaN, Infinity, -0]));
console.log(JSON.stringify({ a: 1, u: undefined, f() {}, s: Symbol(), n: null, inf: -Infinity }));
console.log(JSON.stringify({ nested: { arr: [{ x: [] }, {}] } }));
console.log(JSON.stringify(new Number(3)), JSON.stringify(new String('w')), JSON.stringify(new Boolean(false)));
console.log(JSON.stringify({ [Symbol('k')]: 1, 2: 'two', b: 'b' }));
console.log(JSON.stringify([new Map([[1, 2]]), new Set([1])]));
