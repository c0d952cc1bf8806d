// esid: sec-try-statement
// Order of try, catch and finally blocks through nested functions.
const log = [];
function inner() {
  try { log.push('inner try'); throw new Error('boom'); }
  finally { log.push('inner finally'); }
}
function outer() {
  try { inner(); log.push('unreached'); }
  catch (e) { log.push('outer catch ' + e.message); return 'ret'; }
  finally { log.push('outer finally'); }
}
console.log(outer());
console.log(log.join(' | '));
let count = 0;
for (let i = 0; i < 3; i++) { try { if (i === 1) break; } finally { count++; } }
console.log(count);
function thrower() { try { throw 1; } catch (x) { throw x + 1; } finally { log.length = 0; } }
try { thrower(); } catch (x) { console.log('got', x, log.length); }
