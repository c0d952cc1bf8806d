// esid: sec-promise.prototype.then
// Rejections pass through then() calls without an onRejected (the empty handler rethrows).
Promise.reject(new Error('r'))
  .then(() => console.log('never'))
  .then(undefined, (e) => { console.log('caught', e.message); return 'recovered'; })
  .then((v) => console.log('then', v));
Promise.resolve('v').then(undefined, () => console.log('never')).then((v) => console.log('passed through', v));
