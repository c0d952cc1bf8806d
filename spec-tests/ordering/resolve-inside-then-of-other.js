// esid: sec-triggerpromisereactions
// Resolving a promise inside another promise's handler queues its reactions behind already-queued jobs.
let open;
const door = new Promise(r => { open = r; });
door.then(() => console.log('door reaction 1'));
Promise.resolve()
  .then(() => { console.log('handler opens door'); open(); Promise.resolve().then(() => console.log('queued after opening')); })
  .then(() => console.log('chain continues'));
door.then(() => console.log('door reaction 2'));
Promise.resolve().then(() => console.log('sibling'));
