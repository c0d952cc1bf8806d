// A race between two refreshes: the first request is slow, the second fast, so the slow
// answer arrives last and overwrites the newer data. Tagging each request with a counter
// and ignoring stale answers fixes it.

const respond = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));

let shown = null;
async function naiveRefresh(query, ms) {
  const result = await respond(`results for ${query}`, ms);
  shown = result;
  console.log('naive shows:', shown);
}

let latest = 0;
let shownSafely = null;
async function safeRefresh(query, ms) {
  const ticket = ++latest;
  const result = await respond(`results for ${query}`, ms);
  if (ticket !== latest) {
    console.log('safe ignores stale:', result);
    return;
  }
  shownSafely = result;
  console.log('safe shows:', shownSafely);
}

naiveRefresh('cat', 400);
naiveRefresh('cats', 100);
safeRefresh('dog', 400);
safeRefresh('dogs', 100);
setTimeout(() => console.log('final:', shown, '|', shownSafely), 600);
