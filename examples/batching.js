// Grouping the items of an async source into fixed-size batches with an async generator,
// flushing the remainder at the end; each batch is then processed as one unit.

async function* readings() {
  for (let i = 1; i <= 7; i++) {
    await new Promise((r) => setTimeout(r, 10));
    yield { sensor: 's' + (i % 3), value: i * 1.5 };
  }
}

async function* inBatches(iterable, size) {
  let batch = [];
  for await (const item of iterable) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function main() {
  let n = 0;
  for await (const batch of inBatches(readings(), 3)) {
    n++;
    const total = batch.reduce((sum, r) => sum + r.value, 0);
    console.log(`batch ${n}: ${batch.length} readings from ${batch.map((r) => r.sensor).join(',')}, total ${total}`);
  }
}

main();
