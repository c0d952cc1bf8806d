// esid: sec-promise.prototype.finally
// finally costs extra ticks compared with then: thenFinally calls onFinally, resolves its
// result with PromiseResolve and chains valueThunk.
Promise.resolve('v').finally(() => console.log('finally')).then((v) => console.log('after finally', v));
Promise.resolve('w').then(() => console.log('then 1')).then(() => console.log('then 2'))
  .then(() => console.log('then 3')).then(() => console.log('then 4')).then(() => console.log('then 5'));
