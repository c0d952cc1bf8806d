// esid: sec-for-in-and-for-of-statements
// for-of over arrays and strings (code points), with break and continue.
const out = [];
for (const x of [1, 2, 3, 4, 5]) {
  if (x === 2) continue;
  if (x === 5) break;
  out.push(x);
}
console.log(out);
const chars = [];
for (const c of 'a\u{1F600}b') chars.push(c.length);
console.log(chars);
let last;
for (last of ['p', 'q']);
console.log(last);
const holes = [];
for (const h of [1, , 3]) holes.push(h);
console.log(holes);
const grown = [1, 2];
let steps = 0;
for (const g of grown) { if (grown.length < 5) grown.push(g * 10); steps++; }
console.log(steps, grown);
