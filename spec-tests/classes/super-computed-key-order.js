// esid: sec-super-keyword-runtime-semantics-evaluation
// `super[k] = v`: an object key is converted after the right-hand side (at PutValue).
const log = [];
const key = { toString() { log.push('key'); return 'p'; } };
class B {}
class C extends B {
  m() { super[key] = (log.push('rhs'), 1); return this.p; }
  n() { log.push('read ' + super[key]); }
}
const c = new C();
console.log(c.m(), log.join());
c.n(); console.log(log.join());
