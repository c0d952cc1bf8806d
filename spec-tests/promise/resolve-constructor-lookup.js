// esid: sec-promise-resolve
// PromiseResolve reads x.constructor (observable through a getter).
const p = Promise.resolve('v');
Object.defineProperty(p, 'constructor', { get() { console.log('constructor read'); return Promise; } });
console.log(Promise.resolve(p) === p);
