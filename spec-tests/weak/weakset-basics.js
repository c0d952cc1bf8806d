// esid: sec-weakset-objects
// WeakSet holds objects and non-registered symbols; add chains, has and delete report membership.
const a = {}, s = Symbol('s');
const ws = new WeakSet([a]);
console.log(ws.has(a), ws.add(s) === ws, ws.has(s), ws.has({}));
console.log(ws.delete(a), ws.delete(a), ws.has(a), ws.delete(1), ws.has('x'));
for (const v of [1, 'x', null, Symbol.for('r')]) {
  try { ws.add(v); } catch (e) { console.log(e.constructor.name, e.message); }
}
// The constructor calls the (possibly overridden) add for each value, and closes the iterator on an error.
const log = [];
class LoggingSet extends WeakSet {
  add(v) { log.push(typeof v); return super.add(v); }
}
new LoggingSet([{}, [], () => {}]);
console.log(log);
const it = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 5, done: false }; },
  return() { console.log('closed'); return {}; },
};
try { new WeakSet(it); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.prototype.toString.call(ws), WeakSet.length);
