// esid: sec-update-expressions
// Prefix and postfix ++/-- return old or new values and convert with ToNumeric.
let i = 5;
console.log(i++, i, ++i, i, i--, i, --i, i);
let s = '5';
s++;
console.log(s, typeof s);
let u;
u++;
console.log(u);
const o = { n: 1 };
console.log(o.n++ + ++o.n, o.n);
const arr = [0];
arr[0]++;
++arr[0];
console.log(arr);
let b = true; b++; console.log(b);
let nl = null; nl--; console.log(nl);
