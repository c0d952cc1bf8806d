// esid: sec-promise.prototype.then
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => Promise.prototype.then.call(1));
t(() => Promise.prototype.then.call({}));
t(() => Promise.prototype.then.call({ then() {} }));
console.log(Promise.prototype.then.length, Promise.prototype.then.name);
