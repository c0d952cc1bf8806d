// esid: sec-promise.try
// Promise.try calls its callback synchronously and turns a throw into a rejection.
console.log('before');
Promise.try(() => { console.log('callback runs now'); return 'ok'; }).then(v => console.log('then', v));
Promise.try(() => { throw new Error('sync throw'); }).catch(e => console.log('caught', e.message));
Promise.try((a, b) => a + b, 2, 3).then(v => console.log('args', v));
console.log('after');
