// esid: sec-assignment-operators
// = and compound assignment evaluate the reference before the right side.
let x = 1;
x += 2; console.log(x);
x -= 1; console.log(x);
x *= 5; console.log(x);
let s = 'a';
s += 'b'; s += 1;
console.log(s);
let a, b, c;
a = b = c = 7;
console.log(a, b, c);
const order = [];
const obj = {};
function key() { order.push('key'); return 'k'; }
function val() { order.push('val'); return 'v'; }
obj[key()] = val();
console.log(order, obj);
let n = 1;
n += (n = 10);
console.log(n);
