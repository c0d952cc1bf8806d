// esid: host-console-log
// arrays of a subclass print their constructor and length
class List extends Array {}
const l = new List();
l.push(1, 2);
console.log(l);
console.log(new List());
