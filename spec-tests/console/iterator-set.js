// esid: host-console-log
// set iterators preview their remaining values
const s = new Set([1, 2, 3]);
console.log(s.values());
console.log(s.entries());
console.log(s[Symbol.iterator]());
