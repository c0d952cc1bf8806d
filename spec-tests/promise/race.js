// esid: sec-promise.race
Promise.race([
  new Promise((r) => setTimeout(() => r('slow'), 20)),
  new Promise((r) => setTimeout(() => r('fast'), 10)),
]).then((v) => console.log('winner', v));
Promise.race([Promise.reject(new Error('first')), Promise.resolve('second')])
  .then((v) => console.log('never', v), (e) => console.log('rejected', e.message));
Promise.race([1, 2]).then((v) => console.log('plain', v));
const forever = Promise.race([]);
setTimeout(() => console.log(forever), 30);
