// esid: sec-asyncgenerator-prototype-throw
// throw() before start rejects the returned promise and completes the generator.
async function* g() { console.log('never runs'); yield 1; }
const it = g();
it.throw(new Error('at start')).catch(e => console.log('rejected', e.message));
it.next().then(r => console.log('then next', r.value, r.done));
