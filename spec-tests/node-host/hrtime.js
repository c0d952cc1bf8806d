// esid: host-node-process-hrtime
// process.hrtime() is [seconds, nanoseconds]; hrtime(start) measures a 1200 ms timer.
const start = process.hrtime();
console.log(Array.isArray(start), start.length, start.every(Number.isInteger));
setTimeout(() => {
  const [s, ns] = process.hrtime(start);
  console.log('seconds', s, 'ns below 1e9', ns < 1e9 && ns >= 0);
  const ms = s * 1e3 + ns / 1e6;
  console.log('at least 1200 ms', ms >= 1200, 'below 2 s', ms < 2000);
}, 1200);
