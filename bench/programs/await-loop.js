// An async function awaiting in a loop: Await's PromiseResolve, a reaction job, a resumption.
async function step(i) {
  return i * 2;
}
async function main() {
  let total = 0;
  for (let i = 0; i < 100000; i++) {
    total += await i;
    total += await step(i);
  }
  return total;
}
main().then((t) => console.log('awaits', t));
