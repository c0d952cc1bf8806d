// esid: sec-promise.withResolvers
const { promise, resolve, reject } = Promise.withResolvers();
console.log(Object.keys(Promise.withResolvers()));
promise.then((v) => console.log('resolved', v));
setTimeout(() => { resolve('later'); reject('ignored'); }, 5);
class P extends Promise {}
console.log(P.withResolvers().promise instanceof P);
try { Promise.withResolvers.call(1); } catch (e) { console.log(e.message); }
