// esid: sec-triggerpromisereactions
// Several then handlers on one promise run in registration order, each in its own job.
let go;
const gate = new Promise(r => { go = r; });
gate.then(() => console.log('h1'));
gate.then(() => {
  console.log('h2');
  Promise.resolve().then(() => console.log('h2 child'));
});
gate.then(() => console.log('h3'));
go();
console.log('resolved synchronously');
