// esid: sec-promise.prototype.finally
// A non-callable onFinally is passed to then as both handlers (step 5).
Promise.resolve(1).finally(undefined).then((v) => console.log('value', v));
Promise.reject(2).finally(5).catch((e) => console.log('reason', e));
try { Promise.prototype.finally.call(1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const fake = { constructor: Promise, then(a, b) { console.log('then', typeof a, typeof b, a.length, b.length); } };
Promise.prototype.finally.call(fake, () => {});
