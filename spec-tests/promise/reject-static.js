// esid: sec-promise.reject
const r = Promise.reject(Promise.resolve('inner'));
r.catch((v) => console.log('reason is a promise:', v instanceof Promise));
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => Promise.reject.call(1));
t(() => Promise.reject.call({}));
t(() => Promise.reject.call(function () {}));
