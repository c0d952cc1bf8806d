// esid: sec-newpromiseresolvethenablejob
// Nested thenables are unwrapped recursively, one job per level.
const level = (n) => ({ then(ok) { console.log('unwrap', n); ok(n === 0 ? 'core' : level(n - 1)); } });
(async () => console.log('await got', await level(2)))();
let n = 0;
(function tick() { Promise.resolve().then(() => { console.log('tick', ++n); if (n < 5) tick(); }); })();
