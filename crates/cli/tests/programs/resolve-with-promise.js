// Resolving a promise with another promise costs two extra ticks (a thenable job, then a then).
const outer = new Promise((resolve) => resolve(Promise.resolve('inner')));
outer.then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
