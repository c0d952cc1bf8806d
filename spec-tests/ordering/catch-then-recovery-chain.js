// esid: sec-promise.prototype.catch
// A catch in a chain skips the fulfilled handlers after a throw and recovers the chain.
Promise.resolve(1)
  .then(v => { console.log('step', v); throw new Error('bad ' + v); })
  .then(() => console.log('skipped'))
  .catch(e => { console.log('caught', e.message); return 10; })
  .then(v => console.log('recovered with', v))
  .catch(() => console.log('never'))
  .finally(() => console.log('end'));
