// esid: sec-promise.prototype.finally
// finally passes the reason through; a throwing onFinally replaces it; onFinally gets no args.
Promise.reject(new Error('original'))
  .finally((...args) => console.log('finally args', args.length))
  .catch((e) => console.log('still', e.message));
Promise.reject(new Error('original'))
  .finally(() => { throw new Error('replaced'); })
  .catch((e) => console.log('now', e.message));
Promise.resolve('kept')
  .finally(() => 'ignored return value')
  .then((v) => console.log('value', v));
