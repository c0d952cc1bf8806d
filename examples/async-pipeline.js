// A pipeline of async generator stages: map, filter and take, composed around a paginated
// source. Each stage pulls from the one before only when asked, so take(3) stops the whole
// chain early and no more pages are fetched.

const people = [
  { name: 'Ines', active: true }, { name: 'Omar', active: false }, { name: 'Pia', active: true },
  { name: 'Raj', active: true }, { name: 'Sven', active: false }, { name: 'Tove', active: true },
  { name: 'Umar', active: true }, { name: 'Vera', active: true },
];

async function* source(pageSize) {
  for (let start = 0; start < people.length; start += pageSize) {
    console.log(`  page from ${start}`);
    const page = await new Promise((r) => setTimeout(() => r(people.slice(start, start + pageSize)), 20));
    yield* page;
  }
}

async function* map(iterable, fn) {
  for await (const item of iterable) yield fn(item);
}

async function* filter(iterable, keep) {
  for await (const item of iterable) if (keep(item)) yield item;
}

async function* take(iterable, count) {
  if (count <= 0) return;
  for await (const item of iterable) {
    yield item;
    if (--count === 0) return;
  }
}

async function main() {
  const active = filter(source(2), (p) => p.active);
  const names = map(active, (p) => p.name.toUpperCase());
  for await (const name of take(names, 3)) console.log(name);
  console.log('pipeline finished');
}

main();
