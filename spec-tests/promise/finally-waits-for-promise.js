// esid: sec-promise.prototype.finally
// A promise returned by onFinally is waited for; its rejection replaces the value.
Promise.resolve('v')
  .finally(() => new Promise((r) => setTimeout(() => { console.log('timer in finally'); r('x'); }, 10)))
  .then((v) => console.log('then', v));
Promise.resolve('w')
  .finally(() => Promise.reject('finally rejected'))
  .catch((e) => console.log('catch', e));
