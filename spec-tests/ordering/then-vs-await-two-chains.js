// esid: sec-async-function-definitions-runtime-semantics-evaluation
// An await loop and a then chain alternate one step per microtask tick.
async function awaiter() {
  for (let i = 1; i <= 3; i++) {
    await null;
    console.log('await', i);
  }
}
awaiter();
Promise.resolve()
  .then(() => console.log('then', 1))
  .then(() => console.log('then', 2))
  .then(() => console.log('then', 3));
console.log('sync end');
