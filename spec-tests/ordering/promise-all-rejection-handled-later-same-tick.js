// esid: sec-performpromiseall
// A rejected input to Promise.all is handled by all's internal then; only all's result needs a catch.
const bad = Promise.reject(new Error('input failed'));
const all = Promise.all([Promise.resolve(1), bad]);
console.log('handlers attached later in the same script');
all.catch(e => console.log('all rejected:', e.message));
