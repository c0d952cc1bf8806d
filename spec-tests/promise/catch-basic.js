// esid: sec-promise.prototype.catch
// catch(f) is then(undefined, f), looked up through Invoke.
Promise.reject('reason').catch((r) => console.log('caught', r));
const fake = { then(a, b) { console.log('then called with', a, typeof b); return 'result'; } };
console.log(Promise.prototype.catch.call(fake, () => {}));
Promise.resolve('ok').catch(() => console.log('never')).then((v) => console.log(v));
