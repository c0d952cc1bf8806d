// esid: sec-async-function-definitions-runtime-semantics-evaluation
// await null and await Promise.resolve() resume in the same tick, in call order.
async function a() { await null; console.log('a after await null'); }
async function b() { await Promise.resolve(); console.log('b after await resolved'); }
async function c() { await new Promise(r => r()); console.log('c after await new promise'); }
c(); b(); a();
