// esid: sec-promise.prototype.finally
// finally passes a rejection through unchanged.
Promise.reject(new Error('original'))
  .finally(() => console.log('cleanup'))
  .then(() => console.log('not here'))
  .catch(e => console.log('caught', e.message));
