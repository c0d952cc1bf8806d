// esid: sec-performpromiseany
// Promise.any fulfils with the first fulfilment, ignoring earlier rejections.
const wait = (ms, v, fail) => new Promise((ok, no) => setTimeout(() => (fail ? no : ok)(v), ms));
Promise.any([wait(100, 'x', true), wait(300, 'slow'), wait(200, 'winner')])
  .then(v => console.log('any ->', v));
Promise.any([Promise.reject(1), 2, Promise.resolve(3)]).then(v => console.log('any sync-ish ->', v));
