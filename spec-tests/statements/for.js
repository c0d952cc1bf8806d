// esid: sec-for-statement
// for loops: init/test/update order, omitted parts, var scope leak, nested loops.
const order = [];
for (let i = (order.push('init'), 0); order.push('test'), i < 2; order.push('update'), i++) {
  order.push('body' + i);
}
console.log(order.join(' '));
for (var v = 0; v < 3; v++) {}
console.log(v);
let k = 0;
for (;;) { if (++k > 4) break; }
console.log(k);
let pairs = [];
for (let a = 0; a < 3; a++) for (let b = a; b < 3; b++) pairs.push('' + a + b);
console.log(pairs.join(','));
let sum = 0;
for (let i = 0; i < 10; i++) { if (i % 2) continue; sum += i; }
console.log(sum);
