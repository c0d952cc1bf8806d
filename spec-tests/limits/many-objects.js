// esid: sec-ordinaryobjectcreate
// Creating many short-lived objects and closures.
let total = 0;
for (let i = 0; i < 200000; i++) {
  const o = { i, f: () => i * 2 };
  total += o.f();
}
console.log(total);
const m = new Map();
for (let i = 0; i < 50000; i++) m.set('k' + i, i);
console.log(m.size, m.get('k49999'));
