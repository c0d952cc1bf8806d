// esid: sec-async-function-definitions-runtime-semantics-evaluation
// Awaiting a thenable that never calls back leaves the function suspended; the program still exits 0.
const forever = { then() { console.log('then called, never settles'); } };
(async () => {
  console.log('awaiting');
  await forever;
  console.log('never printed');
})().finally(() => console.log('never settled'));
setTimeout(() => console.log('timer done'), 10);
