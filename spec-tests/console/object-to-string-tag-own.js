// esid: host-console-log
// an own enumerable toStringTag is shown as a key, not a prefix
console.log({ [Symbol.toStringTag]: 'Visible' });
const p = Object.create({ [Symbol.toStringTag]: 'Inherited' });
console.log(p);
p.x = 1;
console.log(p);
