// esid: sec-try-statement-runtime-semantics-evaluation
// catch receives the thrown value; catch binding optional; nested rethrow.
try { throw 42; } catch (e) { console.log('caught', e); }
try { throw { code: 7 }; } catch ({ code }) { console.log('code', code); }
try { null.x; } catch { console.log('optional binding'); }
try {
  try { throw new Error('inner'); }
  catch (e) { throw new Error('outer from ' + e.message); }
} catch (e) { console.log(e.message); }
let e = 'outer e';
try { throw 'x'; } catch (e) { e = 'changed'; }
console.log(e);
function f() { try { return 'try'; } catch (e) { return 'catch'; } }
console.log(f());
