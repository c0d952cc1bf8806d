// esid: sec-promise-executor
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => Promise());
t(() => new Promise());
t(() => new Promise(1));
t(() => new Promise({}));
t(() => new Promise('abc'));
console.log(typeof Promise, Promise.length, Promise.name);
console.log(Object.getPrototypeOf(Promise.prototype) === Object.prototype);
console.log(Promise.prototype.constructor === Promise);
