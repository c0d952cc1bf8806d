// esid: sec-asyncgeneratoryield
// How many ticks each next() takes, compared with a plain then chain.
async function* g() { yield 1; yield 2; }
const it = g();
it.next().then(r => console.log('gen', r.value));
it.next().then(r => console.log('gen', r.value));
it.next().then(r => console.log('gen done', r.done));
let n = 0;
(function tick() { Promise.resolve().then(() => { console.log('tick', ++n); if (n < 6) tick(); }); })();
