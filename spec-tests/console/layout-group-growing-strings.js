// esid: host-console-log
// seven strings of growing length stay on one line
console.log(Array.from({ length: 7 }, (_, i) => 'x'.repeat(i)));
console.log(Array.from({ length: 12 }, (_, i) => i % 2 ? -i : i * 1000));
