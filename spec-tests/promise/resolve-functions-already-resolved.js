// esid: sec-createresolvingfunctions
// resolve and reject share one [[AlreadyResolved]] record: only the first call counts.
let res, rej;
const p = new Promise((resolve, reject) => { res = resolve; rej = reject; });
p.then((v) => console.log('fulfilled', v), (e) => console.log('rejected', e));
console.log(rej('no'), res('yes'), res('again'));
const q = new Promise((resolve, reject) => { reject('first'); resolve('second'); reject('third'); });
q.then((v) => console.log('q fulfilled', v), (e) => console.log('q rejected', e));
