// esid: sec-promise.prototype.then
const p = Promise.resolve(1);
p.then((v) => { console.log('first', v); return v + 1; })
  .then((v) => { console.log('second', v); })
  .then((v) => console.log('third', v));
p.then((v) => console.log('sibling', v));
console.log('registered');
