// esid: sec-performpromiserace
// The race result comes from the winner; losers still run their own reactions.
const t = (ms, v) => new Promise(r => setTimeout(() => { console.log('timer', v); r(v); }, ms));
const a = t(200, 'a');
const b = t(100, 'b');
a.then(v => console.log('a own then', v));
Promise.race([a, b]).then(v => console.log('winner', v));
