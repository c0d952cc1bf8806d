// esid: host-node-interval-and-immediates
// Each interval run sets an immediate, which runs in the check phase right after.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  setImmediate(() => console.log('  immediate', n));
  if (n === 3) clearInterval(id);
}, 100);
