// esid: sec-promise.prototype.then
// Three thens and three awaits take the same number of ticks.
const out = [];
Promise.resolve().then(() => out.push('t1')).then(() => out.push('t2')).then(() => out.push('t3'));
(async () => { await 0; out.push('a1'); await 0; out.push('a2'); await 0; out.push('a3'); })();
setTimeout(() => console.log(out.join(' ')), 0);
