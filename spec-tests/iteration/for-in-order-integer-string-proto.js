// esid: sec-enumerate-object-properties
// for-in order: integer keys ascending, then strings in insertion order, then the prototype's keys.
const proto = { protoB: 1, 2: 'p2', protoA: 1 };
const obj = Object.create(proto);
obj.zeta = 1;
obj[10] = 1;
obj.alpha = 1;
obj[1] = 1;
obj['-1'] = 1;
obj['01'] = 1;
obj[4294967294] = 1;
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(' '));
