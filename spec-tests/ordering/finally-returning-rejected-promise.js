// esid: sec-promise.prototype.finally
// finally waits for a promise it returns; a rejected one replaces the outcome.
Promise.resolve(1)
  .finally(() => new Promise(r => setTimeout(() => { console.log('finally timer'); r('x'); }, 10)))
  .then(v => console.log('after slow finally', v));
Promise.resolve(2)
  .finally(() => Promise.reject('finally rejected'))
  .then(v => console.log('ok', v), e => console.log('err', e));
