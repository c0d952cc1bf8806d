// esid: sec-promise.prototype.finally
// finally passes the value through and ignores its own return value.
Promise.resolve('kept')
  .finally(() => { console.log('finally 1'); return 'ignored'; })
  .finally(() => console.log('finally 2'))
  .then(v => console.log('then got', v));
