// esid: sec-host-promise-rejection-tracker
// A rejection handled later within the same microtask drain is not reported.
const p = Promise.reject(new Error('late'));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => p.catch((e) => console.log('handled in tick 3:', e.message)));
setTimeout(() => console.log('timer runs'), 0);
