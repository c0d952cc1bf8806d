// esid: host-console-log
// objects with a null prototype
console.log(Object.create(null));
const o = Object.create(null);
o.x = 1;
console.log(o);
console.log({ inner: o });
console.log({ a: { b: { c: o } } });
