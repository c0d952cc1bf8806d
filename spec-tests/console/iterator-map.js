// esid: host-console-log
// map iterators preview their remaining entries
const m = new Map([['a', 1], ['b', 2]]);
console.log(m.entries());
console.log(m.keys());
console.log(m.values());
const it = m.entries();
it.next();
console.log(it);
it.next();
console.log(it);
