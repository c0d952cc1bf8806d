// esid: sec-promise.prototype.finally
// finally costs extra ticks compared with then (it resolves through a thenable).
Promise.resolve('f').finally(() => console.log('finally handler')).then(() => console.log('after finally'));
Promise.resolve('t').then(() => console.log('then handler')).then(() => console.log('after then'));
let n = 0;
(function tick() {
  Promise.resolve().then(() => {
    n++;
    console.log('tick', n);
    if (n < 5) tick();
  });
})();
