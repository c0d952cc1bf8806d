// esid: host-console-log
// node-differs: Node prints the rejected Error's stack frames ("    at …" lines naming files); mini-js has none and prints the rest exactly
// promises print their state
console.log(Promise.resolve(1));
console.log(new Promise(() => {}));
const r = Promise.reject(new Error('no'));
r.catch(() => {});
console.log(r);
console.log(Promise.reject(2).catch(() => {}) && { p: Promise.resolve({ a: 1 }) });
