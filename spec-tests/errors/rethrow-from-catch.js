// esid: sec-try-statement-runtime-semantics-evaluation
// An exception raised in catch propagates; the outer handler sees it; the last one is uncaught.
function risky() {
  try { JSON.parse('{bad'); }
  catch (e) { console.log('inner', e.name); throw new RangeError('rethrown'); }
}
try { risky(); } catch (e) { console.log('outer', e.name, e.message); }
risky();
