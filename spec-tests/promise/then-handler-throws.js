// esid: sec-newpromisereactionjob
// A handler that throws rejects the derived promise (step h); returning a value resolves it.
Promise.resolve()
  .then(() => { throw new TypeError('in handler'); })
  .catch((e) => { console.log(e.name, e.message); return 'after catch'; })
  .then((v) => console.log(v));
