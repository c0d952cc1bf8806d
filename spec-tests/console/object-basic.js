// esid: host-console-log
// plain objects: key: value pairs in braces
console.log({ a: 1, b: 'two', c: true });
console.log({});
console.log({ nested: { x: 1 } });
