// esid: sec-asyncgeneratorawaitreturn
// return(rejectedPromise) on a completed or fresh generator rejects with that reason.
async function* g() {}
const it = g();
it.return(Promise.reject(new Error('reason'))).then(
  r => console.log('fulfilled', r.done),
  e => console.log('rejected', e.message),
);
