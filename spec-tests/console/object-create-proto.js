// esid: host-console-log
// objects made with Object.create of a plain object
const base = { greet() {} };
const o = Object.create(base);
o.own = 1;
console.log(o);
console.log(Object.create(Object.create(null)));
