// esid: sec-newpromiseresolvethenablejob
// `return p` waits two extra ticks compared with `return await p` (which waits one).
const p = Promise.resolve();
async function plainReturn() { return p; }
async function awaitReturn() { return await p; }
plainReturn().then(() => console.log('plain return settled'));
awaitReturn().then(() => console.log('return await settled'));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
