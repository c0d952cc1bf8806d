// esid: sec-promise.all
// Values, promises and thenables; results keep iteration order, not settlement order.
const slow = new Promise((r) => setTimeout(() => r('slow'), 20));
const fast = new Promise((r) => setTimeout(() => r('fast'), 10));
Promise.all([slow, 1, fast, { then(r) { r('thenable'); } }]).then((v) => console.log(v));
Promise.all([]).then((v) => console.log('empty', v));
Promise.all(new Set(['a', 'b'])).then((v) => console.log('set', v));
Promise.all('xy').then((v) => console.log('string', v));
