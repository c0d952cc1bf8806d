// esid: sec-promise-resolve
// PromiseResolve returns x itself when x is a promise whose constructor is C.
const p = Promise.resolve(1);
console.log(Promise.resolve(p) === p);
class Sub extends Promise {}
console.log(Sub.resolve(p) === p, Sub.resolve(p) instanceof Sub);
const s = Sub.resolve(2);
console.log(Sub.resolve(s) === s, Promise.resolve(s) === s);
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => Promise.resolve.call(1));
t(() => Promise.resolve.call({}));
Promise.resolve(s).then((v) => console.log('value', v));
