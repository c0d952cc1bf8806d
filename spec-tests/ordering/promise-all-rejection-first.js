// esid: sec-performpromiseall
// Promise.all rejects with the first rejection; later settlements are ignored.
const after = (ms, ok, v) => new Promise((res, rej) => setTimeout(() => {
  console.log('settle', v);
  (ok ? res : rej)(v);
}, ms));
Promise.all([after(300, true, 'slow'), after(100, false, 'fast-fail'), after(200, false, 'second-fail')])
  .then(v => console.log('fulfilled', v), e => console.log('rejected with', e));
