// esid: sec-generator-function-definitions-runtime-semantics-evaluation
// When the inner iterator's return reports done:false, yield* keeps delegating.
let calls = 0;
const stubborn = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 'n', done: false }; },
  return(v) {
    calls++;
    console.log('return call', calls, v);
    return calls < 2 ? { value: 'not yet', done: false } : { value: 'ok', done: true };
  },
};
function* outer() { yield* stubborn; }
const g = outer();
g.next();
console.log(JSON.stringify(g.return('first')));
console.log(JSON.stringify(g.return('second')));
console.log(JSON.stringify(g.next()));
