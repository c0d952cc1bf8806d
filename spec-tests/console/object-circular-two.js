// esid: host-console-log
// two cycles are numbered in the order they are found
const a = { name: 'a' };
const b = { name: 'b', a };
a.b = b;
const root = { a, b };
console.log(root);
const x = { id: 'x' };
const y = { id: 'y' };
x.me = x;
y.me = y;
console.log({ x, y });
