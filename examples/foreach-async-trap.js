// The forEach trap: forEach calls an async callback and throws away the promise it returns,
// so the code after it runs before any item is saved. A for-of loop with await, or
// Promise.all over map, waits properly.

const saved = [];
const saveItem = (item, ms) =>
  new Promise((resolve) => setTimeout(() => { saved.push(item); resolve(item); }, ms));

async function withForEach(items) {
  items.forEach(async (item, i) => {
    await saveItem(item, 300 - i * 100);
  });
  console.log('forEach says done; saved so far:', saved.length);
}

async function withForOf(items) {
  for (const [i, item] of items.entries()) {
    await saveItem(item, 300 - i * 100);
  }
  console.log('for-of done; saved:', saved.join(','));
}

async function withPromiseAll(items) {
  await Promise.all(items.map((item, i) => saveItem(item, 300 - i * 100)));
  console.log('Promise.all done; saved:', saved.join(','));
}

async function main() {
  await withForEach(['a', 'b', 'c']);
  await new Promise((r) => setTimeout(r, 500));
  console.log('a moment later; saved:', saved.join(','));
  saved.length = 0;
  await withForOf(['d', 'e', 'f']);
  saved.length = 0;
  await withPromiseAll(['g', 'h', 'i']);
}

main();
