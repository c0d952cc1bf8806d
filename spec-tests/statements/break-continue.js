// esid: sec-break-statement
// Unlabelled break exits the nearest loop or switch; continue the nearest loop.
const out = [];
for (let i = 0; i < 5; i++) {
  switch (i) {
    case 1: continue;
    case 3: break;
    default: out.push('d' + i);
  }
  out.push(i);
}
console.log(out.join(" "));
let w = 0;
while (true) { if (w++ > 2) break; }
console.log(w);
