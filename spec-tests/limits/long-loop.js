// esid: sec-for-statement
// A million loop iterations and a long string built in a loop.
let sum = 0;
for (let i = 0; i < 1000000; i++) sum += i % 7;
console.log(sum);
let s = '';
for (let i = 0; i < 10000; i++) s += 'ab';
console.log(s.length);
const arr = [];
for (let i = 0; i < 100000; i++) arr.push(i);
console.log(arr.length, arr.reduce((a, b) => a + b, 0));
