// Eight 220 ms jobs scheduled three ways: one after another (about 1760 ms), all at once with
// Promise.all (about 220 ms) and through a hand-written pool of three workers (about 660 ms).
// Elapsed times are rounded to whole 220 ms slots, so real timers' jitter does not show.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const slot = (start) => Math.round((Date.now() - start) / 220) * 220;

function makeJob(id, start) {
  return async () => {
    await sleep(220);
    console.log(`  job ${id} done at ${slot(start)} ms`);
    return id;
  };
}

async function oneByOne(ids) {
  const start = Date.now();
  for (const id of ids) await makeJob(id, start)();
  return slot(start);
}

async function allAtOnce(ids) {
  const start = Date.now();
  await Promise.all(ids.map((id) => makeJob(id, start)()));
  return slot(start);
}

async function pool(ids, size) {
  const start = Date.now();
  const queue = [...ids];
  async function worker() {
    while (queue.length > 0) {
      const id = queue.shift();
      await makeJob(id, start)();
    }
  }
  await Promise.all(Array.from({ length: size }, worker));
  return slot(start);
}

async function main() {
  const ids = [1, 2, 3, 4, 5, 6, 7, 8];
  console.log('sequential:');
  console.log(`total ${await oneByOne(ids)} ms`);
  console.log('Promise.all:');
  console.log(`total ${await allAtOnce(ids)} ms`);
  console.log('pool of 3:');
  console.log(`total ${await pool(ids, 3)} ms`);
}

main();
