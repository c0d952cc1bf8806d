// A pool of two workers draining five tasks; each task waits a different time.
const delay = (ms) => new Promise((r) => setTimeout(r, ms));
const durations = [30, 10, 20, 10, 5];

async function worker(name, queue) {
  while (queue.length > 0) {
    const ms = queue.shift();
    await delay(ms);
    console.log(`${name} finished a ${ms} ms task at ${Date.now() - t0} ms`);
  }
}

const t0 = Date.now();
const queue = durations.slice();
Promise.all([worker('A', queue), worker('B', queue)]).then(() => console.log('all done'));
