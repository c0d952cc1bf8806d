// esid: sec-performpromiserace
// race and any over thenables: each thenable's then runs in its own job, in input order.
const th = (name, settle) => ({
  then(ok, no) {
    console.log('then of', name);
    settle(ok, no);
  },
});
Promise.race([th('r1', (ok) => ok('r1 wins')), th('r2', (ok) => ok('r2'))]).then(v => console.log('race:', v));
Promise.any([th('a1', (ok, no) => no('a1 fails')), th('a2', (ok) => ok('a2 wins'))]).then(v => console.log('any:', v));
Promise.race([th('x', () => {}), Promise.resolve('native')]).then(v => console.log('race 2:', v));
