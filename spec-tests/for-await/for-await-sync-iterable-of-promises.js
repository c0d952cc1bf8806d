// esid: sec-createasyncfromsynciterator
// for-await over an array of promises awaits each in array order, even when later ones settle first.
const after = (ms, v) => new Promise(r => setTimeout(() => { console.log('settled', v); r(v); }, ms));
(async () => {
  for await (const v of [after(300, 'slow'), after(100, 'fast'), 'plain']) console.log('loop', v);
})();
