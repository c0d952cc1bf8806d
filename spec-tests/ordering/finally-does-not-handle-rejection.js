// esid: sec-promise.prototype.finally
// finally passes a rejection on; if nothing catches the result, it is unhandled (exit 1).
Promise.reject(new Error('still failing'))
  .finally(() => console.log('finally ran'));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
