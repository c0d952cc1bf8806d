// esid: sec-promise-executor
// An executor that throws after resolving keeps the resolution; one that throws first rejects.
new Promise((res) => { res('kept'); throw new Error('ignored'); })
  .then(v => console.log('first:', v), e => console.log('first err:', e.message));
new Promise(() => { throw new Error('thrown'); })
  .then(v => console.log('second:', v), e => console.log('second err:', e.message));
