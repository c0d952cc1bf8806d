// esid: sec-throw-statement
// Any value can be thrown; the exception unwinds through calls.
for (const v of [1, 'str', null, undefined, [1, 2], { a: 1 }, false]) {
  try { throw v; } catch (e) { console.log(typeof e, e); }
}
function deep(n) { if (n === 0) throw new RangeError('bottom'); return deep(n - 1); }
try { deep(50); } catch (e) { console.log(e.name, e.message); }
const thrown = new Error('same object');
try { throw thrown; } catch (e) { console.log(e === thrown); }
