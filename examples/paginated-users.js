// Paging through a user API with an async generator: a stand-in fetch returns one page at a
// time after a timer, and the generator yields users one by one until a page says there is
// no more. The consumer can stop early, and no further page is requested.

const allUsers = ['ada', 'alan', 'barbara', 'dennis', 'edsger', 'grace', 'john', 'ken'];

function fetchPage(page, size) {
  console.log(`  (fetching page ${page})`);
  return new Promise((resolve) => {
    setTimeout(() => {
      const items = allUsers.slice(page * size, page * size + size).map((name) => ({ name }));
      resolve({ items, hasMore: (page + 1) * size < allUsers.length });
    }, 50);
  });
}

async function* users(pageSize) {
  let page = 0;
  while (true) {
    const { items, hasMore } = await fetchPage(page, pageSize);
    for (const user of items) yield user;
    if (!hasMore) return;
    page++;
  }
}

async function main() {
  for await (const user of users(3)) console.log(user.name);
  console.log('--- only the first four ---');
  let count = 0;
  for await (const user of users(3)) {
    console.log(user.name);
    if (++count === 4) break;
  }
}

main();
