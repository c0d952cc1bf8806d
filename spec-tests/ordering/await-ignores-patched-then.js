// esid: sec-promise-resolve
// await on a native promise does not look up its then; a patched own then is never called.
const p = Promise.resolve('real');
p.then = function (a, b) {
  console.log('patched then called');
  return Promise.prototype.then.call(this, a, b);
};
(async () => console.log('await got', await p))();
new Promise(r => r(p)).then(v => console.log('resolve-with got', v));
