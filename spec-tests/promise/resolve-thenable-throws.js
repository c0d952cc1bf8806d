// esid: sec-newpromiseresolvethenablejob
// A then that throws rejects the promise, unless it already resolved it (step c).
Promise.resolve({ then() { throw new Error('then threw'); } })
  .catch((e) => console.log('rejected:', e.message));
Promise.resolve({ then(r) { r('ok'); throw new Error('too late'); } })
  .then((v) => console.log('fulfilled:', v));
