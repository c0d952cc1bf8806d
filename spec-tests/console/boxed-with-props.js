// esid: host-console-log
// boxed primitives with own properties
const s = new String('hi');
s.extra = 1;
console.log(s);
const n = new Number(5);
n.unit = 'kg';
console.log(n);
