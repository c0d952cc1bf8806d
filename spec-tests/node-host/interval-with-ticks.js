// esid: host-node-interval-ticks
// Each interval run is followed by its tick and promise before the next timer.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  process.nextTick(() => console.log('  tick', n));
  Promise.resolve().then(() => console.log('  promise', n));
  if (n === 3) clearInterval(id);
}, 100);
setTimeout(() => console.log('timeout at 250'), 250);
