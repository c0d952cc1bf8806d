// esid: host-console-log
// growing an object by one character at a time across the boundary
for (let n = 40; n <= 52; n++) {
  console.log({ key: 'x'.repeat(n), other: 1 });
}
