// A million jobs: one async function awaiting a million times. `mini-js trace --format json`
// on it must stream in bounded memory (the events are not kept).
async function spin(n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += await i;
  }
  return total;
}
spin(1000000).then((t) => console.log('done', t));
