// esid: sec-generator-function-definitions-runtime-semantics-evaluation
// throw() is forwarded to the inner iterator's throw, whose result continues the delegation.
const inner = {
  n: 0,
  [Symbol.iterator]() { return this; },
  next() { this.n++; console.log('inner.next'); return { value: this.n, done: false }; },
  throw(e) { console.log('inner.throw', e); return { value: 'handled ' + e, done: false }; },
  return() { console.log('inner.return'); return { done: true }; },
};
function* outer() { yield* inner; }
const g = outer();
console.log(g.next().value);
console.log(g.throw('E1').value);
console.log(g.next().value);
