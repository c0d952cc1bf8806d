// esid: sec-try-statement-runtime-semantics-evaluation
// finally always runs; its abrupt completion (return/throw/break) overrides the try's.
const log = [];
function a() { try { log.push('try'); return 'from try'; } finally { log.push('finally'); } }
console.log(a(), log);
function b() { try { return 'try'; } finally { return 'finally wins'; } }
console.log(b());
function c() { try { throw new Error('lost'); } finally { return 'swallowed'; } }
console.log(c());
function d() { try { return 'x'; } finally { throw new Error('finally throws'); } }
try { d(); } catch (e) { console.log(e.message); }
function e() {
  for (let i = 0; i < 3; i++) { try { return i; } finally { if (i < 2) continue; } }
  return 'loop end';
}
console.log(e());
function g() { let x = 1; try { return x; } finally { x = 2; } }
console.log(g());
function h() {
  outer: try { return 'try'; } finally { break outer; }
  return 'after break';
}
console.log(h());
