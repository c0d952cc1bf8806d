// The four Promise combinators over the same three lookups: all stops at the first failure,
// allSettled reports every outcome, any takes the first success and race the first to settle.

const lookup = (name, ms, ok = true) =>
  new Promise((resolve, reject) => setTimeout(() => (ok ? resolve(name) : reject(new Error(name + ' failed'))), ms));

const make = () => [lookup('cache', 300, false), lookup('replica', 200), lookup('primary', 400)];

(async () => {
  try {
    await Promise.all(make());
  } catch (error) {
    console.log('all:       ', error.message);
  }
  const outcomes = await Promise.allSettled(make());
  console.log('allSettled:', outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 'x')).join(' '));
  console.log('any:       ', await Promise.any(make()));
  console.log('race:      ', await Promise.race(make()));
})();
