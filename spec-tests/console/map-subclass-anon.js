// esid: host-console-log
// an anonymous-named subclass of Map and sets inside arrays
console.log(new (class Foo extends Map {})([[1, 2]]));
console.log([new Set([1, 2, 3, 4, 5, 6, 7, 8])]);
console.log({ m: new Map([[{ a: 1 }, { b: { c: { d: 1 } } }]]) });
