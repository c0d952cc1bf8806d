// finally passes the value through, but costs extra ticks.
Promise.resolve(1)
  .finally(() => console.log('finally'))
  .then((v) => console.log('after finally', v));
Promise.resolve(2)
  .then((v) => console.log('then', v))
  .then(() => console.log('then again'));
