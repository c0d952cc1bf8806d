// esid: sec-promise-resolve
// Awaiting an already-fulfilled native promise takes one tick, same as awaiting a plain value.
const ready = Promise.resolve('ready');
async function viaPromise() {
  console.log('promise:', await ready);
}
async function viaValue() {
  console.log('value:', await 'plain');
}
viaPromise();
viaValue();
Promise.resolve().then(() => console.log('then A')).then(() => console.log('then B'));
