// esid: host-console-log
// an object of counters
const counts = { resolved: 0, rejected: 0, pending: 3 };
counts.resolved++;
counts.pending--;
console.log(counts);
console.log('counts: %o', counts);
