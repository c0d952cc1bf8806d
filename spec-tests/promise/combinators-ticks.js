// esid: sec-performpromiseall
// How many ticks each combinator takes to settle, counted against a plain then chain.
let tick = 0;
const counter = () => { tick++; if (tick < 12) return Promise.resolve().then(counter); };
Promise.resolve().then(counter);
Promise.all([1, 2]).then(() => console.log('all at tick', tick));
Promise.allSettled([1]).then(() => console.log('allSettled at tick', tick));
Promise.race([1]).then(() => console.log('race at tick', tick));
Promise.any([1]).then(() => console.log('any at tick', tick));
Promise.resolve(Promise.resolve()).then(() => console.log('resolve(promise) at tick', tick));
new Promise((r) => r(Promise.resolve())).then(() => console.log('new Promise(r => r(promise)) at tick', tick));
