// esid: sec-promise-resolve
// Awaiting a subclass instance is not a native fast path: it goes through its then (extra ticks).
class Sub extends Promise {}
const sub = Sub.resolve('sub');
const nat = Promise.resolve('native');
(async () => console.log('awaited', await sub))();
(async () => console.log('awaited', await nat))();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
