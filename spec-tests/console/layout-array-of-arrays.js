// esid: host-console-log
// a matrix prints as rows
const m = [];
for (let r = 0; r < 4; r++) {
  const row = [];
  for (let c = 0; c < 4; c++) row.push(r * 4 + c);
  m.push(row);
}
console.log(m);
const big = [];
for (let r = 0; r < 3; r++) {
  const row = [];
  for (let c = 0; c < 10; c++) row.push(r * 10 + c);
  big.push(row);
}
console.log(big);
