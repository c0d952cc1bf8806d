// An async generator consumed by for await: queued requests, awaits inside the generator.
async function* numbers(n) {
  for (let i = 0; i < n; i++) {
    if (i % 100 === 0) await null;
    yield i;
  }
}
async function* evens(source) {
  for await (const v of source) if (v % 2 === 0) yield v;
}
(async () => {
  let sum = 0;
  let count = 0;
  for await (const v of evens(numbers(60000))) {
    sum += v;
    count++;
  }
  console.log('for-await', count, sum);
})();
