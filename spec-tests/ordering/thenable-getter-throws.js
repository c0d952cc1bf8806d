// esid: sec-createresolvingfunctions
// If reading then throws during resolution, the promise rejects with that error.
const bad = { get then() { throw new Error('getter exploded'); } };
Promise.resolve(bad).catch(e => console.log('Promise.resolve:', e.message));
(async () => {
  try { await bad; } catch (e) { console.log('await:', e.message); }
})();
new Promise(r => r(bad)).catch(e => console.log('constructor:', e.message));
