// esid: sec-yield
// yield as an expression: in arguments, in arithmetic with parentheses, and bare yield.
function* g() {
  const a = (yield 'q1') + (yield 'q2');
  console.log('sum', a);
  console.log('args', yield, yield 'q4');
}
const it = g();
const asked = [];
let r = it.next();
let i = 1;
while (!r.done) { asked.push(r.value); r = it.next(i * 10); i++; }
console.log(asked.join(','));
