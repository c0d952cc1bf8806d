// esid: sec-performpromiseall
// After Promise.all rejects, the other promises still settle and their own handlers still run.
const t = (ms, v, fail) => new Promise((y, n) => setTimeout(() => { console.log('settled', v); (fail ? n : y)(v); }, ms));
const slow = t(300, 'slow');
slow.then(v => console.log('own handler', v));
Promise.all([t(100, 'bad', true), slow]).catch(e => console.log('all rejected:', e));
