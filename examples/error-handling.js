// Error handling two ways: a promise chain ending in catch, and an async function with
// try/catch that sees a synchronous JSON error, an awaited rejection and a plain throw alike.

const fetchConfig = (text, ms) => new Promise((resolve) => setTimeout(() => resolve(text), ms));
const fetchMissing = () => new Promise((_, reject) => setTimeout(() => reject(new Error('404 not found')), 10));

fetchConfig('{"retries":3}', 10)
  .then((text) => JSON.parse(text))
  .then((config) => console.log('chain: retries =', config.retries))
  .then(fetchMissing)
  .catch((error) => console.log('chain caught:', error.message));

async function load(step) {
  try {
    if (step === 'parse') JSON.parse(await fetchConfig('{broken', 200));
    if (step === 'reject') await fetchMissing();
    if (step === 'throw') throw new TypeError('bad input');
    return 'ok';
  } catch (error) {
    return `${step}: ${error.name}`;
  }
}

(async () => {
  for (const step of ['parse', 'reject', 'throw', 'none']) console.log('async caught', await load(step));
})();
