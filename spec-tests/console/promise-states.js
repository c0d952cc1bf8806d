// esid: host-console-log
// Node's stack frames are compared after dropping its own (node:internal) frames, with paths from the repository root
// promises print their state
console.log(Promise.resolve(1));
console.log(new Promise(() => {}));
const r = Promise.reject(new Error('no'));
r.catch(() => {});
console.log(r);
console.log(Promise.reject(2).catch(() => {}) && { p: Promise.resolve({ a: 1 }) });
