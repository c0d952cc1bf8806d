// esid: sec-runtime-semantics-classdefinitionevaluation
// Inside its heritage the class name is in TDZ; class bodies are strict.
try {
  class X extends (X, Object) {}
} catch (e) { console.log(e.name + ': ' + e.message); }
class S { m() { return this; } n() { undeclaredInClass = 1; } }
console.log(S.prototype.m.call(undefined));
try { S.prototype.n(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { class Bad extends 5 {} } catch (e) { console.log(e.name + ': ' + e.message); }
class Inner { static self() { return Inner; } }
const Keep = Inner;
console.log(Keep.self() === Keep);
