// for await...of is serial: next(), the body and the following next() never overlap. Eight
// 220 ms items handled by a serial for-await loop, by Promise.all and by a pool of three
// workers take about 1760, 220 and 660 ms (rounded to whole 220 ms slots).

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

async function handle(item) {
  await sleep(220);
  return item.toUpperCase();
}

async function* source(list) {
  for (const item of list) yield item;
}

function limit(concurrency) {
  let active = 0;
  const waiting = [];
  const next = () => {
    if (active >= concurrency || waiting.length === 0) return;
    active++;
    const { task, resolve, reject } = waiting.shift();
    task().then(resolve, reject).finally(() => {
      active--;
      next();
    });
  };
  return (task) => new Promise((resolve, reject) => {
    waiting.push({ task, resolve, reject });
    next();
  });
}

async function timed(label, run) {
  const t0 = Date.now();
  const result = await run();
  console.log(`${label}: ${result.join('')} in ${Math.round((Date.now() - t0) / 220) * 220} ms`);
}

async function main() {
  await timed('serial for await', async () => {
    const out = [];
    for await (const item of source(items)) out.push(await handle(item));
    return out;
  });
  await timed('Promise.all', () => Promise.all(items.map(handle)));
  const run = limit(3);
  await timed('pool of 3', () => Promise.all(items.map((item) => run(() => handle(item)))));
}

main();
