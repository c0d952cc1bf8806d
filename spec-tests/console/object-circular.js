// esid: host-console-log
// circular references: <ref *1> and [Circular *1]
const o = { name: 'o' };
o.self = o;
console.log(o);
const a = [1];
a.push(a);
console.log(a);
