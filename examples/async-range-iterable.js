// An object that is its own async iterator: an async next() waits 200 ms and then returns the
// next number up to 5. for await...of asks for one value at a time. Times rounded to 200 ms.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const slowNumbers = {
  current: 1,
  last: 5,
  [Symbol.asyncIterator]() {
    return this;
  },
  async next() {
    await sleep(200);
    if (this.current <= this.last) return { value: this.current++, done: false };
    return { value: undefined, done: true };
  },
};

async function main() {
  const t0 = Date.now();
  for await (const n of slowNumbers) {
    console.log(`${n} at ${Math.round((Date.now() - t0) / 200) * 200} ms`);
  }
  console.log('finished at', Math.round((Date.now() - t0) / 200) * 200, 'ms');
}

main();
