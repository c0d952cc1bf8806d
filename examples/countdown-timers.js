// A countdown as an async generator: it waits on a timer before yielding each number, and
// the consumer prints the numbers and then a final word. Times rounded to 200 ms.

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function* countdown(from, stepMs) {
  for (let n = from; n > 0; n--) {
    await wait(stepMs);
    yield n;
  }
}

async function launch() {
  const t0 = Date.now();
  for await (const n of countdown(3, 200)) {
    console.log(`${n}...  (${Math.round((Date.now() - t0) / 200) * 200} ms)`);
  }
  console.log('Liftoff!');
}

launch();
console.log('countdown started');
