// esid: sec-newpromisereactionjob
// An error thrown in a then handler rejects the derived promise and skips to the next rejection handler.
Promise.resolve('start')
  .then(() => { throw new TypeError('in handler'); })
  .then(() => console.log('skip 1'), undefined)
  .then(() => console.log('skip 2'))
  .catch(e => console.log('caught', e.name, e.message));
Promise.resolve()
  .then(() => console.log('other 1'))
  .then(() => console.log('other 2'))
  .then(() => console.log('other 3'))
  .then(() => console.log('other 4'));
