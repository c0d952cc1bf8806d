// Timers that each queue microtasks, and microtasks that schedule timers. The checksum hashes
// the order within each delay (Node runs timers of one delay in insertion order) but not
// across delays, whose interleaving depends on real time in Node.
let ticks = 0;
const orders = new Array(51).fill(0);
function onTimer(i, delay) {
  orders[delay] = (orders[delay] * 31 + i) % 1000003;
  Promise.resolve(i).then((v) => {
    ticks += v % 7;
    if (v % 500 === 0 && v < 5000) setTimeout(onTimer, 50, v + 1, 50);
  });
}
for (let i = 0; i < 20000; i++) setTimeout(onTimer, i % 50, i, i % 50);
setTimeout(() => {
  let hash = 0;
  for (const o of orders) hash = (hash + o) % 1000003;
  console.log('timers', ticks, hash);
}, 200);
