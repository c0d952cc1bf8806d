// esid: sec-labelled-statements
// Labelled break and continue across nested loops and blocks.
const found = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    found.push(`${i}${j}`);
  }
}
console.log(found);
block: {
  console.log('in block');
  if (found.length) break block;
  console.log('not reached');
}
let n = 0;
a: b: while (true) { n++; if (n < 3) continue a; break b; }
console.log(n);
const log = [];
loop1: for (const x of [1, 2]) {
  loop2: for (const y of [1, 2]) {
    switch (y) { case 2: continue loop1; }
    log.push(x * 10 + y);
  }
}
console.log(log);
