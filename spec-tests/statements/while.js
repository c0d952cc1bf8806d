// esid: sec-while-statement
// while tests before each iteration.
let i = 0;
const seen = [];
while (i < 5) { seen.push(i); i += 2; }
console.log(seen, i);
let ran = false;
while (false) ran = true;
console.log(ran);
let n = 10, steps = 0;
while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; }
console.log(steps);
let j = 0;
while (true) { j++; if (j === 3) continue; if (j > 5) break; }
console.log(j);
