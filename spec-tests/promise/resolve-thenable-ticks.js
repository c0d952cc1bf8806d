// esid: sec-createresolvingfunctions
// Resolving with a native promise costs two extra ticks: a NewPromiseResolveThenableJob that
// calls then, and the reaction job then enqueues.
const log = (m) => console.log(m);
new Promise((r) => r(Promise.resolve('inner'))).then((v) => log('outer ' + v));
Promise.resolve()
  .then(() => log('tick 1'))
  .then(() => log('tick 2'))
  .then(() => log('tick 3'))
  .then(() => log('tick 4'));
