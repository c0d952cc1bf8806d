// esid: sec-numeric-types-bigint-multiply
// An ordering puzzle: promise jobs, a timer and an async function race to grow one BigInt.
// Who multiplies first decides the digits printed at each step.
let big = 1n;
const log = (who) => console.log(who.padEnd(10), big, `(${big.toString(2).length} bits)`);
setTimeout(() => { big = big ** 2n; log('timeout'); }, 0);
Promise.resolve().then(() => { big *= 3n; log('then 1'); })
  .then(() => { big <<= 10n; log('then 2'); });
(async () => {
  big += 5n;
  log('async');
  await null;
  big -= 1n;
  log('await 1');
  await null;
  big = -big;
  log('await 2');
})();
queueMicrotask(() => { big *= 7n; log('microtask'); });
big += 100n;
log('sync');
setTimeout(() => console.log('final', big > 0n ? 'positive' : 'negative', big % 1000n), 1);
