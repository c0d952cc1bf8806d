// esid: sec-async-functions-abstract-operations-async-function-start
// Returning a value, a native promise or a thenable from an async function costs different numbers of ticks.
async function retValue() { return 'value'; }
async function retPromise() { return Promise.resolve('promise'); }
async function retThenable() { return { then(ok) { ok('thenable'); } }; }
retPromise().then(v => console.log('settled', v));
retThenable().then(v => console.log('settled', v));
retValue().then(v => console.log('settled', v));
let t = 0;
function tick() {
  t++;
  console.log('tick', t);
  if (t < 5) Promise.resolve().then(tick);
}
Promise.resolve().then(tick);
