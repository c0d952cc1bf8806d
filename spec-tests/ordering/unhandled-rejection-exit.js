// esid: sec-host-promise-rejection-tracker
// An unhandled rejection ends the program with status 1 after the microtask drain; stdout before it stays.
console.log('before');
async function fails() {
  await null;
  throw new Error('nobody catches this');
}
fails();
Promise.resolve().then(() => console.log('microtask still runs'));
setTimeout(() => console.log('timer never runs'), 0);
console.log('after');
