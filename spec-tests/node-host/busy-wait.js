// esid: host-node-busy-wait-ends
// CPU work takes time on the virtual clock: the busy-wait ends, and the timer due during it
// runs only after the synchronous code.
const start = Date.now();
setTimeout(() => {
  const late = Date.now() - start;
  console.log('timer ran after', late >= 50 ? 'at least 50 ms' : late + ' ms');
}, 10);
const end = Date.now() + 50;
let spins = 0;
while (Date.now() < end) {
  spins++;
}
console.log('busy-wait done', spins > 0, Date.now() - start >= 50);
