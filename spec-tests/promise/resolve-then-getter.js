// esid: sec-createresolvingfunctions
// Get(resolution, "then") happens synchronously inside resolve; if it throws, the promise is
// rejected (step 10); a non-callable then fulfills with the object itself (step 12).
const obj = { get then() { console.log('get then'); throw new Error('getter'); } };
let resolve;
const p = new Promise((r) => { resolve = r; });
p.catch((e) => console.log('rejected', e.message));
console.log('calling resolve');
resolve(obj);
console.log('resolve returned');
Promise.resolve({ then: 42, x: 1 }).then((v) => console.log('fulfilled with', v));
