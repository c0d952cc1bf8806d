// esid: sec-async-functions-abstract-operations-async-function-start
// A synchronous throw inside an async function becomes a rejection, not an exception at the call.
async function early() {
  console.log('entering');
  throw new RangeError('early');
}
let p;
try {
  p = early();
  console.log('no exception at call site');
} catch (e) {
  console.log('call threw', e.message);
}
p.catch(e => console.log('rejected with', e.name, e.message));
