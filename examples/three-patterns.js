// Eight independent tasks of 220 ms each, run three ways at the same time: one after another
// (for await over an async generator), all at once (Promise.all), and three at a time (a
// pool of three workers). `mini-js timeline examples/three-patterns.js --format text` draws
// the three lanes: 1760 ms, 220 ms and 660 ms.
const pause = (ms, value) => new Promise((resolve) => setTimeout(resolve, ms, value));
const tasks = [1, 2, 3, 4, 5, 6, 7, 8];
// Elapsed times are rounded to whole 220 ms slots, so real timers' jitter under Node does not show.
const elapsed = (start) => Math.round((Date.now() - start) / 220) * 220;

async function* oneAtATime() {
  for (const t of tasks) {
    yield pause(220, t);
  }
}

async function sequential() {
  const start = Date.now();
  let done = 0;
  for await (const t of oneAtATime()) {
    done += t > 0 ? 1 : 0;
  }
  return [done, elapsed(start)];
}

async function parallel() {
  const start = Date.now();
  const results = await Promise.all(tasks.map((t) => pause(220, t)));
  return [results.length, elapsed(start)];
}

async function pooled(size) {
  const start = Date.now();
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < tasks.length) {
      const t = tasks[next];
      next += 1;
      await pause(220, t);
      done += 1;
    }
  }
  const workers = [];
  for (let i = 0; i < size; i++) workers.push(worker());
  await Promise.all(workers);
  return [done, elapsed(start)];
}

async function main() {
  const [[a, ta], [b, tb], [c, tc]] = await Promise.all([sequential(), parallel(), pooled(3)]);
  console.log(`for await, one at a time: ${a} tasks in ${ta} ms`);
  console.log(`Promise.all, all at once: ${b} tasks in ${tb} ms`);
  console.log(`pool of three workers:    ${c} tasks in ${tc} ms`);
}

main();
