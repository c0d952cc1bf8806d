// esid: sec-promise.all
// The first rejection rejects the result; later settlements are ignored.
Promise.all([
  new Promise((r, j) => setTimeout(() => j(new Error('second')), 20)),
  new Promise((r, j) => setTimeout(() => j(new Error('first')), 10)),
  Promise.resolve(1),
]).then(() => console.log('never'), (e) => console.log('rejected with', e.message));
