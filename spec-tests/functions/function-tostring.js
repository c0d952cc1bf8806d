// esid: sec-function.prototype.tostring
// Function.prototype.toString returns the exact source text for user functions.
function plain(a, b) { return a + b; }
console.log(plain.toString());
const arrow = (x) => x * 2;
console.log(String(arrow));
const obj = { method(y) { return y; }, get g() { return 1; } };
console.log(obj.method.toString());
class K { constructor() { this.a = 1; } m() {} }
console.log(K.toString());
console.log(`${function /* c */ named () {}}`);
console.log(Math.max.toString());
console.log(plain.bind(null).toString());
