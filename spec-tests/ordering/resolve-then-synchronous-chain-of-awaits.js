// esid: sec-async-function-definitions-runtime-semantics-evaluation
// Three nested async calls: inner returns first, each outer resumes one tick later.
async function level3() { console.log('l3 start'); await null; console.log('l3 end'); return 3; }
async function level2() { console.log('l2 start'); const v = await level3(); console.log('l2 end'); return v + 2; }
async function level1() { console.log('l1 start'); const v = await level2(); console.log('l1 end'); return v + 1; }
level1().then(v => console.log('result', v));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3')).then(() => console.log('tick 4'));
