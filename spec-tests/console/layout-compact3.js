// esid: host-console-log
// the compact=3 rule: up to three inner levels may share a line
console.log({ a: { b: { c: 1 } } });
console.log({ a: 1, b: { c: { d: 1 } } });
console.log({ x: [1, [2, [3]]] });
console.log([{ a: [{ b: 1 }] }]);
