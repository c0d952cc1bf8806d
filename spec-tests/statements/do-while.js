// esid: sec-do-while-statement
// do-while runs the body at least once; continue jumps to the test.
let i = 10;
let runs = 0;
do { runs++; } while (i < 5);
console.log(runs);
let k = 0;
const out = [];
do {
  k++;
  if (k === 2) continue;
  out.push(k);
} while (k < 4);
console.log(out);
let x = 0;
do x++; while (x < 3)
console.log(x);
