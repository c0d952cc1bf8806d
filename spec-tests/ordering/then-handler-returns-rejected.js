// esid: sec-newpromisereactionjob
// Returning a rejected promise from then rejects the chain after the adoption ticks.
Promise.resolve()
  .then(() => Promise.reject('inner rejection'))
  .catch(e => console.log('caught', e));
Promise.resolve()
  .then(() => { throw 'thrown'; })
  .catch(e => console.log('caught', e));
