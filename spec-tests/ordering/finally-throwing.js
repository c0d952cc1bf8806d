// esid: sec-promise.prototype.finally
// A throw inside finally replaces the value or the reason.
Promise.resolve('value')
  .finally(() => { throw new Error('from finally A'); })
  .then(v => console.log('A ok', v), e => console.log('A err', e.message));
Promise.reject(new Error('first'))
  .finally(() => { throw new Error('from finally B'); })
  .then(v => console.log('B ok', v), e => console.log('B err', e.message));
