// esid: sec-newpromiseresolvethenablejob
// Returning a promise from a then handler costs two extra ticks; returning a value costs none.
Promise.resolve()
  .then(() => Promise.resolve('P'))
  .then(v => console.log('returned promise ->', v));
Promise.resolve()
  .then(() => 'V')
  .then(v => console.log('returned value ->', v));
Promise.resolve()
  .then(() => ({ then(r) { r('T'); } }))
  .then(v => console.log('returned thenable ->', v));
let n = 0;
(function tick() { Promise.resolve().then(() => { console.log('tick', ++n); if (n < 4) tick(); }); })();
