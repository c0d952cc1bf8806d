// esid: host-console-log
// arrays of six long strings around 80 columns
for (let n = 6; n <= 11; n++) {
  const a = [];
  for (let i = 0; i < 6; i++) a.push(String(i).repeat(n));
  console.log(a);
}
