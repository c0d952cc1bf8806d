// esid: sec-async-functions-abstract-operations-async-function-start
// An async function always returns a fresh native promise, even when returning a promise.
const inner = Promise.resolve('x');
async function passThrough() { return inner; }
const out = passThrough();
console.log(out === inner, out instanceof Promise, Object.getPrototypeOf(out) === Promise.prototype);
console.log(Object.prototype.toString.call(out));
out.then(v => console.log('value', v));
