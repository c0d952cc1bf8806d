// esid: sec-performpromiserace
// Promise.race settles with the first to settle; a plain value wins over a pending promise.
const slow = new Promise(r => setTimeout(() => r('slow'), 20));
Promise.race([slow, 'instant']).then(v => console.log('race 1:', v));
Promise.race([Promise.resolve('resolved'), Promise.reject('rejected')])
  .then(v => console.log('race 2 ok:', v), e => console.log('race 2 err:', e));
Promise.race([Promise.reject('rej-first'), 'value'])
  .then(v => console.log('race 3 ok:', v), e => console.log('race 3 err:', e));
