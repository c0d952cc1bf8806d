// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// A plain continue keeps iterating and never calls return().
const it = {
  i: 0,
  [Symbol.iterator]() { return this; },
  next() { this.i++; return { value: this.i, done: this.i > 4 }; },
  return() { console.log('return() should not run'); return {}; },
};
const kept = [];
for (const v of it) { if (v % 2) continue; kept.push(v); }
console.log(kept.join(','));
