// esid: sec-createresolvingfunctions
// Only the first call to resolve or reject has any effect.
let res, rej;
const p = new Promise((a, b) => { res = a; rej = b; });
p.then(v => console.log('value', v), e => console.log('error', e));
res('one');
rej('two');
res('three');
const q = new Promise((a, b) => { b('no'); a('yes'); });
q.then(v => console.log('q value', v), e => console.log('q error', e));
