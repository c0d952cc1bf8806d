// esid: sec-promise.prototype.catch
// catch looks up and calls this.then(undefined, fn), so an overridden then sees the call.
const p = Promise.reject('r');
const originalThen = p.then;
p.then = function (a, b) {
  console.log('then called with', typeof a, typeof b);
  return originalThen.call(this, a, b);
};
p.catch(e => console.log('handled', e));
