// esid: sec-promise.any
Promise.any([Promise.reject(1), new Promise((r) => setTimeout(() => r('second'), 5)), Promise.resolve('first')])
  .then((v) => console.log('fulfilled', v));
Promise.any([Promise.reject('a'), Promise.reject('b')]).catch((e) => {
  console.log(e instanceof AggregateError, e.name, e.message, e.errors);
  console.log(Object.getOwnPropertyDescriptor(e, 'errors').enumerable);
});
Promise.any([]).catch((e) => console.log('empty:', e.constructor.name, e.errors.length));
