// esid: sec-performpromiserace
// Invoke(nextPromise, "then") throwing closes the iterator and rejects.
class P extends Promise {
  static resolve(v) { return { then() { throw new Error('then threw for ' + v); } }; }
}
function* gen() {
  try { yield 1; yield 2; } finally { console.log('generator closed'); }
}
const it = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: ++i, done: i > 2 }), return() { console.log('return()'); return {}; } }; } };
P.race(it).then(null, (e) => console.log('rejected:', e.message));
