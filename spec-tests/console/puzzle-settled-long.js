// esid: host-console-log
// longer allSettled-style arrays break one entry per line
const out = [];
for (let i = 0; i < 5; i++) {
  out.push(i % 2 ? { status: 'rejected', reason: 'error #' + i } : { status: 'fulfilled', value: i * 10 });
}
console.log(out);
